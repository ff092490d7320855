/// Turns the tokens of a sentence into hashed feature indices, without building strings.
///
/// Each token is read once into a few 64-bit "atoms" (its word, lower-cased word, shapes,
/// affixes, gazetteer flags); window and conjunction features are hashes of atoms, so the
/// per-feature cost is one multiply-xor mix. A feature's index is the top `tableBits` bits of
/// its hash: feature hashing into a fixed-size weight table.
struct FeatureExtractor: Sendable {
  /// The number of bits of a feature index; the weight table has `1 << tableBits` rows.
  let tableBits: Int
  /// Hashes of lower-cased words seen written in lower case in the training text.
  let lowercaseSeen: HashBitset

  /// The version of the feature templates; stored in model files so a model is never read
  /// with templates it wasn't trained with.
  static let templateVersion: UInt32 = 3

  /// What is known about one token before looking at its neighbours.
  struct Atoms {
    var word: UInt64 = 0
    var lower: UInt64 = 0
    var shape: UInt64 = 0
    var shortShape: UInt64 = 0
    var prefixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffixes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var flags: UInt32 = 0
    var isCapitalized = false
    var hasLetter = false
    var hasLowercase = false
    /// Whether a phrase of ``NERGazetteer`` starts with the word (no feature reads this).
    var startsGazetteerPhrase = false

    static let boundary: Atoms = {
      var atoms = Atoms()
      atoms.word = 0x5EED_0000_B0B0_0001
      atoms.lower = 0x5EED_0000_B0B0_0001
      atoms.shape = 0x5EED_0000_B0B0_0002
      atoms.shortShape = 0x5EED_0000_B0B0_0002
      atoms.suffixes = (1, 2, 3, 4)
      atoms.prefixes = (1, 2, 3, 4)
      return atoms
    }()
  }

  /// Feature indices of every token of a sentence: token `i` has
  /// `indices[offsets[i]..<offsets[i + 1]]`.
  struct SentenceFeatures {
    var indices: [Int32] = []
    var offsets: [Int] = [0]
    var count: Int { offsets.count - 1 }
  }

  // MARK: - Atoms

  /// Reads one token into its atoms; `scratch` is reused between tokens to avoid allocation.
  func atoms(of token: String, scratch: inout [UInt32]) -> Atoms {
    var atoms = Atoms()
    scratch.removeAll(keepingCapacity: true)
    var word = Hash.seed
    var lower = Hash.seed
    var shape = Hash.seed
    var shortShape = Hash.seed
    var previousClass: UInt32 = 0
    var runLength = 0
    var uppercaseCount = 0
    var letterCount = 0
    var first = true
    for scalar in token.unicodeScalars {
      let (value, lowered, shapeClass) = Hash.normalize(scalar)
      if shapeClass == 0x58 {
        uppercaseCount += 1
        letterCount += 1
        if first { atoms.isCapitalized = true }
      } else if shapeClass == 0x78 {
        letterCount += 1
        atoms.hasLowercase = true
      }
      first = false
      word = Hash.step(word, value)
      lower = Hash.step(lower, lowered)
      if shapeClass == previousClass {
        runLength += 1
      } else {
        runLength = 1
        shortShape = Hash.step(shortShape, shapeClass)
      }
      if runLength <= 4 { shape = Hash.step(shape, shapeClass) }
      previousClass = shapeClass
      scratch.append(lowered)
    }
    atoms.word = word
    atoms.lower = lower
    atoms.startsGazetteerPhrase = NERGazetteer.firstWords.contains(lower)
    atoms.shape = shape
    atoms.shortShape = shortShape
    atoms.hasLetter = letterCount > 0
    let count = scratch.count
    @inline(__always) func affix(_ k: Int, fromEnd: Bool) -> UInt64 {
      var hash = Hash.seed
      for j in 0..<min(k, count) {
        hash = Hash.step(hash, scratch[fromEnd ? count - 1 - j : j])
      }
      return Hash.mix(hash, UInt64(k))
    }
    atoms.prefixes = (
      affix(1, fromEnd: false), affix(2, fromEnd: false), affix(3, fromEnd: false),
      affix(4, fromEnd: false)
    )
    atoms.suffixes = (
      affix(1, fromEnd: true), affix(2, fromEnd: true), affix(3, fromEnd: true),
      affix(4, fromEnd: true)
    )
    var flags = NERWordFlags.shared.flags[lower] ?? 0
    if letterCount > 0 && uppercaseCount == letterCount { flags |= Flag.allCaps }
    if atoms.isCapitalized && lowercaseSeen.contains(lower) { flags |= Flag.seenLowercase }
    if atoms.isCapitalized && !lowercaseSeen.contains(lower) { flags |= Flag.neverLowercase }
    if count == 1 && atoms.isCapitalized { flags |= Flag.initial }
    if count >= 2, scratch[count - 1] == 0x2E, atoms.isCapitalized { flags |= Flag.abbreviation }
    atoms.flags = flags
    return atoms
  }

  // MARK: - Features

  /// The feature indices of every token of `tokens`.
  func features(of tokens: [String]) -> SentenceFeatures {
    let (atoms, context) = sentenceAtoms(of: tokens)
    var result = SentenceFeatures()
    result.indices.reserveCapacity(tokens.count * 56)
    result.offsets.reserveCapacity(tokens.count + 1)
    withUnsafeTemporaryAllocation(of: Int32.self, capacity: Self.maximumFeatureCount) { buffer in
      guard let start = buffer.baseAddress else { return }
      for position in atoms.indices {
        let count = writeFeatures(at: position, of: atoms, context: context, into: start)
        result.indices.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        result.offsets.append(result.indices.count)
      }
    }
    return result
  }

  /// The atoms of every token of a sentence, with the gazetteer flags set, and what is known
  /// about the whole sentence.
  func sentenceAtoms<Words: Collection<String>>(of tokens: Words) -> ([Atoms], SentenceContext) {
    var scratch: [UInt32] = []
    scratch.reserveCapacity(32)
    var atoms: [Atoms] = []
    atoms.reserveCapacity(tokens.count)
    for token in tokens {
      atoms.append(self.atoms(of: token, scratch: &scratch))
    }
    let context = completeSentence(&atoms)
    return (atoms, context)
  }

  /// Sets the gazetteer flags of a sentence's atoms, each read by ``atoms(of:scratch:)``, and
  /// returns what is known about the whole sentence.
  func completeSentence(_ atoms: inout [Atoms]) -> SentenceContext {
    markGazetteerMatches(in: &atoms)
    var letters = 0
    var lettersWithLowercase = 0
    for atom in atoms where atom.hasLetter {
      letters += 1
      if atom.hasLowercase { lettersWithLowercase += 1 }
    }
    let headline = letters >= 3 && lettersWithLowercase == 0
    let numeric = atoms.count - letters
    let context = SentenceContext(
      headline: headline, numericHeavy: numeric * 3 >= atoms.count,
      lengthClass: atoms.count <= 8 ? 0 : atoms.count <= 25 ? 1 : 2,
      firstWord: atoms.first?.lower ?? 0)
    return context
  }

  /// Sets the gazetteer begin/inside flags of tokens covered by a phrase of ``NERGazetteer``,
  /// taking the longest match at each position, left to right.
  private func markGazetteerMatches(in atoms: inout [Atoms]) {
    var start = 0
    while start < atoms.count {
      var matched = 0
      var category = NERGazetteer.Category.country
      // Most tokens start no phrase: one lookup of the first word (made with its atoms)
      // rejects them.
      if atoms[start].startsGazetteerPhrase {
        let longest = min(NERGazetteer.maximumLength, atoms.count - start)
        var length = longest
        while length >= 1 {
          let hash = NERGazetteer.phraseHash(atoms[start..<(start + length)].lazy.map(\.lower))
          if let found = NERGazetteer.phrases[hash] {
            matched = length
            category = found
            break
          }
          length -= 1
        }
      }
      guard matched > 0 else {
        start += 1
        continue
      }
      let begin = Flag.gazetteerBegin << UInt32(2 * category.rawValue)
      atoms[start].flags |= begin
      for index in (start + 1)..<(start + matched) {
        atoms[index].flags |= begin << 1
      }
      start += matched
    }
  }

  /// What is known about the whole sentence.
  struct SentenceContext {
    var headline: Bool
    var numericHeavy: Bool
    var lengthClass: UInt64
    var firstWord: UInt64
  }

  /// The most features one token can have: 50 templates and one per flag bit of the token
  /// and of its two neighbours.
  static let maximumFeatureCount = 50 + 3 * UInt32.bitWidth

  /// Writes the feature indices of token `i` into `out` (room for ``maximumFeatureCount``)
  /// and returns how many there are.
  @inline(__always)
  func writeFeatures(
    at i: Int, of atoms: [Atoms], context: SentenceContext, into out: UnsafeMutablePointer<Int32>
  ) -> Int {
    let headline = context.headline
    let boundary = Atoms.boundary
    let a = atoms[i]
    let p1 = i >= 1 ? atoms[i - 1] : boundary
    let p2 = i >= 2 ? atoms[i - 2] : boundary
    let n1 = i + 1 < atoms.count ? atoms[i + 1] : boundary
    let n2 = i + 2 < atoms.count ? atoms[i + 2] : boundary
    let shift = UInt64(64 - tableBits)
    var count = 0
    @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
      out[count] = Int32(truncatingIfNeeded: Hash.mix(template, value) >> shift)
      count &+= 1
    }
    add(0, 0)
    add(1, a.word)
    add(2, a.lower)
    add(3, a.shape)
    add(4, a.shortShape)
    add(5, a.prefixes.0)
    add(6, a.prefixes.1)
    add(7, a.prefixes.2)
    add(8, a.prefixes.3)
    add(9, a.suffixes.0)
    add(10, a.suffixes.1)
    add(11, a.suffixes.2)
    add(12, a.suffixes.3)
    add(13, p1.lower)
    add(14, n1.lower)
    add(15, p2.lower)
    add(16, n2.lower)
    add(17, p1.shortShape)
    add(18, n1.shortShape)
    add(19, p2.shortShape)
    add(20, n2.shortShape)
    add(21, Hash.mix(p1.lower, a.lower))
    add(22, Hash.mix(a.lower, n1.lower))
    add(23, Hash.mix(Hash.mix(p1.shortShape, a.shortShape), n1.shortShape))
    add(24, Hash.mix(p1.lower, a.shortShape))
    add(25, Hash.mix(a.shortShape, n1.lower))
    add(26, Hash.mix(a.shape, i == 0 ? 1 : 2))
    add(27, Hash.mix(a.shortShape, headline ? 1 : 2))
    add(28, p1.suffixes.2)
    add(29, n1.suffixes.2)
    add(30, Hash.mix(p2.lower, p1.lower))
    add(31, Hash.mix(n1.lower, n2.lower))
    add(32, Hash.mix(p1.shape, a.shape))
    add(33, Hash.mix(a.shape, n1.shape))
    add(34, Hash.mix(UInt64(a.flags), a.shortShape))
    add(35, Hash.mix(UInt64(p1.flags), UInt64(a.flags)))
    add(36, Hash.mix(UInt64(a.flags), UInt64(n1.flags)))
    add(43, p1.word)
    add(44, n1.word)
    add(45, Hash.mix(Hash.mix(p1.lower, a.lower), n1.lower))
    add(46, Hash.mix(a.suffixes.2, a.shortShape))
    add(47, Hash.mix(p1.shortShape, a.lower))
    add(48, Hash.mix(a.lower, n1.shortShape))
    add(50, Hash.mix(a.shortShape, context.numericHeavy ? 1 : 2))
    add(51, Hash.mix(a.shortShape, context.lengthClass))
    add(52, Hash.mix(a.lower, context.lengthClass))
    add(53, Hash.mix(a.shortShape, context.firstWord))
    add(54, Hash.mix(Hash.mix(p2.shortShape, p1.shortShape), a.shortShape))
    add(55, Hash.mix(Hash.mix(a.shortShape, n1.shortShape), n2.shortShape))
    add(56, Hash.mix(p1.lower, n1.lower))
    var bits = a.flags
    while bits != 0 {
      let bit = UInt64(bits.trailingZeroBitCount)
      add(40, Hash.mix(bit, i == 0 ? 1 : 2))
      bits &= bits - 1
    }
    bits = p1.flags
    while bits != 0 {
      add(41, UInt64(bits.trailingZeroBitCount))
      bits &= bits - 1
    }
    bits = n1.flags
    while bits != 0 {
      add(42, UInt64(bits.trailingZeroBitCount))
      bits &= bits - 1
    }
    return count
  }

  /// The most features ``writeWordFeatures(of:into:)`` writes.
  static let wordFeatureCount = 14

  /// Writes the feature indices of the templates of ``writeFeatures(at:of:context:into:)``
  /// that read the token alone (its word, shapes and affixes, and the bias), the same for every
  /// occurrence of a word, into `out`; returns how many there are.
  @inline(__always)
  func writeWordFeatures(of a: Atoms, into out: UnsafeMutablePointer<Int32>) -> Int {
    let shift = UInt64(64 - tableBits)
    var count = 0
    @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
      out[count] = Int32(truncatingIfNeeded: Hash.mix(template, value) >> shift)
      count &+= 1
    }
    add(0, 0)
    add(1, a.word)
    add(2, a.lower)
    add(3, a.shape)
    add(4, a.shortShape)
    add(5, a.prefixes.0)
    add(6, a.prefixes.1)
    add(7, a.prefixes.2)
    add(8, a.prefixes.3)
    add(9, a.suffixes.0)
    add(10, a.suffixes.1)
    add(11, a.suffixes.2)
    add(12, a.suffixes.3)
    add(46, Hash.mix(a.suffixes.2, a.shortShape))
    return count
  }

  /// A place next to a token from which templates read a neighbour alone.
  enum NeighbourRole: CaseIterable {
    case previous, next, secondPrevious, secondNext
  }

  /// Writes the feature indices of the templates of ``writeFeatures(at:of:context:into:)``
  /// that read the token's neighbour in `role` alone (its word, shapes and suffix), the same
  /// for every occurrence of the neighbour's word, into `out`; returns how many there are.
  @inline(__always)
  func writeNeighbourFeatures(
    of n: Atoms, as role: NeighbourRole, into out: UnsafeMutablePointer<Int32>
  ) -> Int {
    let shift = UInt64(64 - tableBits)
    var count = 0
    @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
      out[count] = Int32(truncatingIfNeeded: Hash.mix(template, value) >> shift)
      count &+= 1
    }
    switch role {
    case .previous:
      add(13, n.lower)
      add(17, n.shortShape)
      add(28, n.suffixes.2)
      add(43, n.word)
    case .next:
      add(14, n.lower)
      add(18, n.shortShape)
      add(29, n.suffixes.2)
      add(44, n.word)
    case .secondPrevious:
      add(15, n.lower)
      add(19, n.shortShape)
    case .secondNext:
      add(16, n.lower)
      add(20, n.shortShape)
    }
    return count
  }

  /// Writes the feature indices of the templates of ``writeFeatures(at:of:context:into:)``
  /// that read the token alone with the class of its sentence (whether the token is the first,
  /// whether the sentence is a headline or mostly numbers, its length class), the same for
  /// every occurrence of a word in sentences of one class, into `out`; returns how many there
  /// are.
  @inline(__always)
  func writeClassFeatures(
    of a: Atoms, first: Bool, context: SentenceContext, into out: UnsafeMutablePointer<Int32>
  ) -> Int {
    let shift = UInt64(64 - tableBits)
    var count = 0
    @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
      out[count] = Int32(truncatingIfNeeded: Hash.mix(template, value) >> shift)
      count &+= 1
    }
    add(26, Hash.mix(a.shape, first ? 1 : 2))
    add(27, Hash.mix(a.shortShape, context.headline ? 1 : 2))
    add(50, Hash.mix(a.shortShape, context.numericHeavy ? 1 : 2))
    add(51, Hash.mix(a.shortShape, context.lengthClass))
    add(52, Hash.mix(a.lower, context.lengthClass))
    return count
  }

  /// The hashes of two adjacent tokens that templates of the tokens around them read.
  struct Pair {
    var lower: UInt64
    var shortShape: UInt64
    var shape: UInt64
    var flags: UInt64

    init(_ first: Atoms, _ second: Atoms) {
      lower = Hash.mix(first.lower, second.lower)
      shortShape = Hash.mix(first.shortShape, second.shortShape)
      shape = Hash.mix(first.shape, second.shape)
      flags = Hash.mix(UInt64(first.flags), UInt64(second.flags))
    }
  }

  /// The number of ``Pair``s of a sentence of `count` tokens: one per two adjacent tokens of
  /// the sentence with two boundary tokens at each end.
  static func pairCount(tokens count: Int) -> Int { count + 3 }

  /// Writes the ``Pair``s of a sentence's tokens (with gazetteer flags) into `out`, room for
  /// ``pairCount(tokens:)``: pair `k` is of the tokens `k - 2` and `k - 1`, with the boundary
  /// beyond the sentence's ends.
  func writePairs(of atoms: UnsafeBufferPointer<Atoms>, into out: UnsafeMutablePointer<Pair>) {
    let boundary = Atoms.boundary
    var previous = boundary
    for k in 0..<Self.pairCount(tokens: atoms.count) {
      let token = k - 1
      let next = token >= 0 && token < atoms.count ? atoms[token] : boundary
      out[k] = Pair(previous, next)
      previous = next
    }
  }

  /// Writes the feature indices of the templates of ``writeFeatures(at:of:context:into:)``
  /// that ``writeWordFeatures(of:into:)``, ``writeNeighbourFeatures(of:as:into:)`` and
  /// ``writeClassFeatures(of:first:context:into:)`` don't write (those that read the token with
  /// a neighbour, its gazetteer flags or the sentence's first word) into `out`; returns how
  /// many there are.
  ///
  /// - Parameter pairs: The sentence's ``Pair``s (``writePairs(of:into:)``).
  @inline(__always)
  func writeContextFeatures(
    at i: Int, of atoms: UnsafeBufferPointer<Atoms>, pairs: UnsafePointer<Pair>,
    context: SentenceContext, into out: UnsafeMutablePointer<Int32>
  ) -> Int {
    let boundary = Atoms.boundary
    let a = atoms[i]
    let p1 = i >= 1 ? atoms[i - 1] : boundary
    let n1 = i + 1 < atoms.count ? atoms[i + 1] : boundary
    let n2 = i + 2 < atoms.count ? atoms[i + 2] : boundary
    // Of the tokens i - 2 and i - 1, i - 1 and i, i and i + 1, i + 1 and i + 2.
    let beforePrevious = pairs[i]
    let beforeToken = pairs[i + 1]
    let afterToken = pairs[i + 2]
    let afterNext = pairs[i + 3]
    let shift = UInt64(64 - tableBits)
    var count = 0
    @inline(__always) func add(_ template: UInt64, _ value: UInt64) {
      out[count] = Int32(truncatingIfNeeded: Hash.mix(template, value) >> shift)
      count &+= 1
    }
    add(21, beforeToken.lower)
    add(22, afterToken.lower)
    add(23, Hash.mix(beforeToken.shortShape, n1.shortShape))
    add(24, Hash.mix(p1.lower, a.shortShape))
    add(25, Hash.mix(a.shortShape, n1.lower))
    add(30, beforePrevious.lower)
    add(31, afterNext.lower)
    add(32, beforeToken.shape)
    add(33, afterToken.shape)
    add(34, Hash.mix(UInt64(a.flags), a.shortShape))
    add(35, beforeToken.flags)
    add(36, afterToken.flags)
    add(45, Hash.mix(beforeToken.lower, n1.lower))
    add(47, Hash.mix(p1.shortShape, a.lower))
    add(48, Hash.mix(a.lower, n1.shortShape))
    add(53, Hash.mix(a.shortShape, context.firstWord))
    add(54, Hash.mix(beforePrevious.shortShape, a.shortShape))
    add(55, Hash.mix(afterToken.shortShape, n2.shortShape))
    add(56, Hash.mix(p1.lower, n1.lower))
    var bits = a.flags
    while bits != 0 {
      let bit = UInt64(bits.trailingZeroBitCount)
      add(40, Hash.mix(bit, i == 0 ? 1 : 2))
      bits &= bits - 1
    }
    bits = p1.flags
    while bits != 0 {
      add(41, UInt64(bits.trailingZeroBitCount))
      bits &= bits - 1
    }
    bits = n1.flags
    while bits != 0 {
      add(42, UInt64(bits.trailingZeroBitCount))
      bits &= bits - 1
    }
    return count
  }
}

/// Gazetteer and orthographic flags of a token.
enum Flag {
  static let country: UInt32 = 1 << 0
  static let countryPart: UInt32 = 1 << 1
  static let demonym: UInt32 = 1 << 2
  static let place: UInt32 = 1 << 3
  static let firstName: UInt32 = 1 << 4
  static let organization: UInt32 = 1 << 5
  static let title: UInt32 = 1 << 6
  static let event: UInt32 = 1 << 7
  static let calendar: UInt32 = 1 << 8
  static let allCaps: UInt32 = 1 << 9
  static let seenLowercase: UInt32 = 1 << 10
  static let neverLowercase: UInt32 = 1 << 11
  static let initial: UInt32 = 1 << 12
  static let abbreviation: UInt32 = 1 << 13
  /// The first of eight bits: begin and inside of a gazetteer match, per category.
  static let gazetteerBegin: UInt32 = 1 << 14
}

/// The gazetteer lists, keyed by the hash of the lower-cased word.
struct NERWordFlags: Sendable {
  let flags: [UInt64: UInt32]

  static let shared = NERWordFlags()

  private init() {
    var flags: [UInt64: UInt32] = [:]
    func add(_ words: Set<String>, _ flag: UInt32) {
      for word in words {
        flags[Hash.lowercased(word), default: 0] |= flag
      }
    }
    for name in NERLexicon.countryNames {
      let parts = name.split(separator: " ")
      if parts.count == 1 {
        flags[Hash.lowercased(name), default: 0] |= Flag.country
      } else {
        for part in parts where !["and", "the", "of", "republic"].contains(part) {
          flags[Hash.lowercased(String(part)), default: 0] |= Flag.countryPart
        }
      }
    }
    add(NERLexicon.demonyms, Flag.demonym)
    add(NERLexicon.placeWords, Flag.place)
    add(NERLexicon.firstNames, Flag.firstName)
    add(NERLexicon.organizationWords, Flag.organization)
    add(NERLexicon.personTitles, Flag.title)
    add(NERLexicon.eventWords, Flag.event)
    add(NERLexicon.calendarWords, Flag.calendar)
    self.flags = flags
  }
}

/// The hashing used for features: FNV-1a-like steps over Unicode scalar values, and a
/// multiply-xorshift mix to combine hashes.
enum Hash {
  static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

  @inline(__always) static func step(_ hash: UInt64, _ value: UInt32) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
  }

  @inline(__always) static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
    var h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019)
    h ^= h >> 31
    h = h &* 0xD6E8_FEB8_6659_FD93
    h ^= h >> 29
    h = h &* 0x94D0_49BB_1331_11EB
    h ^= h >> 32
    return h
  }

  /// A scalar as features see it: its value (curly quotes and dashes made plain), its
  /// lower-cased value (digits all read as `0`), and its shape class (`X`, `x`, `d` or itself).
  @inline(__always) static func normalize(_ scalar: Unicode.Scalar) -> (UInt32, UInt32, UInt32) {
    var value = scalar.value
    switch value {
    case 0x2018, 0x2019, 0x201B, 0x2032: value = 0x27
    case 0x201C, 0x201D, 0x201E, 0x2033: value = 0x22
    case 0x2013, 0x2014: value = 0x2D
    default: break
    }
    if value < 0x80 {
      switch value {
      case 0x41...0x5A: return (value, value + 0x20, 0x58)
      case 0x61...0x7A: return (value, value, 0x78)
      case 0x30...0x39: return (value, 0x30, 0x64)
      default: return (value, value, value)
      }
    }
    let properties = scalar.properties
    if properties.isUppercase {
      let lowered = properties.lowercaseMapping.unicodeScalars.first?.value ?? value
      return (value, lowered, 0x58)
    }
    if properties.isAlphabetic { return (value, value, 0x78) }
    if properties.numericType != nil { return (value, value, 0x64) }
    return (value, value, value)
  }

  /// The hash of a word's lower-cased form, as ``FeatureExtractor`` computes it.
  static func lowercased(_ word: String) -> UInt64 {
    var hash = seed
    for scalar in word.unicodeScalars {
      hash = step(hash, normalize(scalar).1)
    }
    return hash
  }
}

/// A fixed-size bitset addressed by hashes: a one-hash Bloom filter.
struct HashBitset: Hashable, Sendable {
  /// The number of address bits: the set has `1 << bits` bits.
  let bits: Int
  var words: [UInt64]

  init(bits: Int) {
    self.bits = bits
    self.words = Array(repeating: 0, count: max(1, (1 << bits) / 64))
  }

  init(bits: Int, words: [UInt64]) {
    self.bits = bits
    self.words = words
  }

  @inline(__always) private func address(_ hash: UInt64) -> Int {
    Int(truncatingIfNeeded: Hash.mix(hash, 0x1F) >> UInt64(64 - bits))
  }

  mutating func insert(_ hash: UInt64) {
    let bit = address(hash)
    words[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  func contains(_ hash: UInt64) -> Bool {
    let bit = address(hash)
    return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
