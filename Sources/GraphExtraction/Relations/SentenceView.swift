import KnowledgeGraphCore

/// One or more entities named at one place of a sentence: a mention, a resolved pronoun or
/// description ("he", "the two leaders"), or a coordination ("Trump and Xi").
struct Slot: Hashable {
  var entities: [EntityID]
  var kinds: [Entity.Kind]
  var tokenRange: Range<Int>
  var start: Int
  var end: Int
  /// Whether the slot was found by resolving a pronoun or description rather than a name.
  var isReference: Bool
  /// Whether the slot is a demonym ("Chinese").
  var isDemonym: Bool

  var isActor: Bool { kinds.allSatisfy { $0 == .person || $0 == .country || $0 == .organization } }

  /// How large the slot's first entity is as a place: facilities (0) inside cities (1) inside
  /// regions (2) inside countries (3) inside continents (4); anything else ranks 0.
  func placeRank(in graph: KnowledgeGraph) -> Int {
    switch kinds[0] {
    case .country: return 3
    case .place:
      switch graph[entities[0]]?.placeType {
      case .facility: return 0
      case .region: return 2
      case .continent: return 4
      default: return 1
      }
    default: return 0
    }
  }

  func merged(with other: Slot) -> Slot {
    var result = self
    for (id, kind) in zip(other.entities, other.kinds) where !result.entities.contains(id) {
      result.entities.append(id)
      result.kinds.append(kind)
    }
    result.tokenRange = min(tokenRange.lowerBound, other.tokenRange.lowerBound)
      ..< max(tokenRange.upperBound, other.tokenRange.upperBound)
    result.start = min(start, other.start)
    result.end = max(end, other.end)
    result.isReference = isReference || other.isReference
    result.isDemonym = isDemonym && other.isDemonym
    return result
  }
}

/// A sentence prepared for rule matching: lower-cased tokens, the slot covering each token,
/// and which tokens are inside quotation marks.
struct SentenceView {
  let index: Int
  let tokens: [Token]
  let lower: [String]
  private(set) var slots: [Slot]
  /// For each token, the index in ``slots`` of the slot covering it.
  private(set) var slotAt: [Int?]
  let quoted: [Bool]
  /// For each token, what the lexicon knows about its lower-cased word.
  let facts: [Lexicon.Facts]
  /// The lists of the lexicon that some word of the sentence is in: a rule whose trigger
  /// words are in none of them has nothing to read.
  let classes: Lexicon.Classes

  init(index: Int, tokens: [Token], slots: [Slot], lexicon: Lexicon) {
    self.index = index
    self.tokens = tokens
    var lower: [String] = []
    var facts: [Lexicon.Facts] = []
    var classes: Lexicon.Classes = []
    lower.reserveCapacity(tokens.count)
    facts.reserveCapacity(tokens.count)
    for token in tokens {
      let (word, wordFacts) = lexicon.lookUp(token.text)
      lower.append(word)
      facts.append(wordFacts)
      classes.formUnion(wordFacts.classes)
    }
    self.lower = lower
    self.facts = facts
    self.classes = classes
    self.slots = []
    self.slotAt = Array(repeating: nil, count: tokens.count)
    var quoted = Array(repeating: false, count: tokens.count)
    var inside = false
    for (position, token) in tokens.enumerated() {
      // Quotation marks are one scalar, which no other string equals: a token of another
      // length or first byte is not compared with them.
      let utf8 = token.text.utf8
      guard utf8.count <= 3, let first = utf8.first, first == 0x22 || first == 0xE2 else {
        quoted[position] = inside
        continue
      }
      switch token.text {
      case "\u{201C}": inside = true
      case "\u{201D}": inside = false
      case "\"": inside.toggle()
      default: quoted[position] = inside
      }
    }
    self.quoted = quoted
    add(contentsOf: slots)
  }

  /// Adds a slot unless it overlaps one already there.
  mutating func add(_ slot: Slot) {
    add(contentsOf: [slot])
  }

  /// Adds slots, skipping any that overlaps a slot already there or added before it.
  ///
  /// - Complexity: O(n log n) in the number of slots, plus the tokens they cover.
  mutating func add(contentsOf new: [Slot]) {
    // The sort is stable: slots already in order (a sentence's mentions) need none.
    let inOrder = Self.isInOrder(new) ? new : new.sorted(by: Self.startsBefore)
    var accepted = false
    for slot in inOrder {
      guard slot.tokenRange.lowerBound >= 0, slot.tokenRange.upperBound <= tokens.count,
        !slot.tokenRange.isEmpty, slot.tokenRange.allSatisfy({ slotAt[$0] == nil })
      else { continue }
      slots.append(slot)
      // Mark the tokens now so later overlapping slots are refused; indices are fixed below.
      for token in slot.tokenRange { slotAt[token] = slots.count - 1 }
      accepted = true
    }
    guard accepted, !Self.isInOrder(slots) else { return }
    slots.sort(by: Self.startsBefore)
    for (index, existing) in slots.enumerated() {
      for token in existing.tokenRange { slotAt[token] = index }
    }
  }

  private static func startsBefore(_ slot: Slot, _ other: Slot) -> Bool {
    slot.tokenRange.lowerBound < other.tokenRange.lowerBound
  }

  /// Whether no slot starts before the one ahead of it: the order sorting would leave as is.
  private static func isInOrder(_ slots: [Slot]) -> Bool {
    slots.indices.dropFirst().allSatisfy { !startsBefore(slots[$0], slots[$0 - 1]) }
  }

  var count: Int { tokens.count }

  /// Whether the word at `position` is in the list of the lexicon named by `wordClass`.
  func word(at position: Int, isIn wordClass: Lexicon.Classes) -> Bool {
    facts[position].classes.contains(wordClass)
  }

  /// Whether the word at `position`, which may be outside the sentence, is in the list of
  /// the lexicon named by `wordClass` (no word outside it is in any list).
  func word(_ position: Int, isIn wordClass: Lexicon.Classes) -> Bool {
    position >= 0 && position < facts.count && facts[position].classes.contains(wordClass)
  }

  func word(_ position: Int) -> String {
    position >= 0 && position < lower.count ? lower[position] : ""
  }

  /// The slot that starts exactly at `position`, if any.
  func slot(startingAt position: Int) -> Slot? {
    guard position >= 0, position < count, let index = slotAt[position] else { return nil }
    let slot = slots[index]
    return slot.tokenRange.lowerBound == position ? slot : nil
  }

  /// The slot that ends exactly before `position`, if any.
  func slot(endingBefore position: Int) -> Slot? {
    guard position > 0, position <= count, let index = slotAt[position - 1] else { return nil }
    let slot = slots[index]
    return slot.tokenRange.upperBound == position ? slot : nil
  }

  /// The slot starting at `position` together with those coordinated with it: "A and B",
  /// "A, B and C", "both A and B".
  func group(startingAt position: Int) -> Slot? {
    var start = position
    if word(start) == "both" || word(start) == "the" { start += 1 }
    guard var group = slot(startingAt: start) else { return nil }
    var next = group.tokenRange.upperBound
    while next < count {
      var cursor = next
      if word(cursor) == "," { cursor += 1 }
      if word(cursor) == "and" || word(cursor) == "&" { cursor += 1 }
      if cursor == next { break }
      if word(cursor) == "the" { cursor += 1 }
      // "Santos and her counterpart Peter Holm", "Santos and her Danish counterpart Holm".
      if group.kinds.first == .person, ["his", "her", "their"].contains(word(cursor)) {
        var counterpart = cursor + 1
        while counterpart < cursor + 4, counterpart < count, word(counterpart) != "counterpart" {
          counterpart = slotAt[counterpart].map { slots[$0].tokenRange.upperBound } ?? counterpart + 1
        }
        if word(counterpart) == "counterpart" {
          cursor = counterpart + 1
          if word(cursor) == "," { cursor += 1 }
        }
      }
      if group.kinds.first == .person { cursor = skipTitle(from: cursor) }
      guard let following = slot(startingAt: cursor), following.kinds.first == group.kinds.first
        || (following.isActor && group.isActor && following.kinds.first != .person
          && group.kinds.first != .person)
      else { break }
      group = group.merged(with: following)
      next = following.tokenRange.upperBound
    }
    return group
  }

  /// The slot ending before `position` together with those coordinated before it.
  func group(endingBefore position: Int) -> Slot? {
    guard var group = slot(endingBefore: position) else { return nil }
    var previous = group.tokenRange.lowerBound
    while previous > 0 {
      var cursor = previous
      if group.kinds.first == .person { cursor = skipTitle(endingBefore: cursor) }
      if word(cursor - 1) == "the" { cursor -= 1 }
      guard word(cursor - 1) == "and" || word(cursor - 1) == "," || word(cursor - 1) == "&"
      else { break }
      cursor -= 1
      if word(cursor - 1) == "," { cursor -= 1 }
      guard let before = slot(endingBefore: cursor), before.kinds.first == group.kinds.first
        || (before.isActor && group.isActor && before.kinds.first != .person
          && group.kinds.first != .person)
      else { break }
      group = before.merged(with: group)
      previous = before.tokenRange.lowerBound
    }
    if word(previous - 1) == "both" {
      group.tokenRange = (previous - 1)..<group.tokenRange.upperBound
      group.start = tokens[previous - 1].start
    }
    return group
  }

  /// The position after a title that precedes a person's name: "Chinese President", "US
  /// Treasury Secretary", "Nvidia's chief executive" (at most four tokens; else `position`).
  func skipTitle(from position: Int) -> Int {
    var cursor = position
    while cursor < count, cursor < position + 5 {
      if let index = slotAt[cursor] {
        let slot = slots[index]
        if slot.kinds.first == .person { return cursor }
        cursor = slot.tokenRange.upperBound
        continue
      }
      guard isTitleWord(cursor) else { return position }
      cursor += 1
    }
    return position
  }

  /// The position where a title before `position` starts, or `position` if there is none.
  func skipTitle(endingBefore position: Int) -> Int {
    var cursor = position
    while cursor > 0, cursor > position - 5 {
      if let index = slotAt[cursor - 1] {
        let slot = slots[index]
        if slot.kinds.first == .person { break }
        cursor = slot.tokenRange.lowerBound
        continue
      }
      guard isTitleWord(cursor - 1) else { break }
      cursor -= 1
    }
    return cursor
  }

  /// A capitalized word, a word of a role title or a possessive ending, as in titles before
  /// names.
  private func isTitleWord(_ position: Int) -> Bool {
    let text = tokens[position].text
    if text == "'s" || text == "’s" || facts[position].classes.contains(.titleVocabulary) {
      return true
    }
    guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return false }
    return !["And", "The", "But", "Or"].contains(text)
  }

  /// The index of the first token at or after `position` that ends a clause.
  func clauseEnd(from position: Int) -> Int {
    var cursor = position
    while cursor < count, !facts[cursor].classes.contains(.clauseBreak) { cursor += 1 }
    return cursor
  }

  /// Every word of the standard role titles and their modifiers ("chief", "executive").
  static let titleVocabulary: Set<String> = {
    let rules = RelationRules.standard
    var words = rules.titleModifiers.union(rules.subordinateModifiers)
    for title in rules.titles.keys {
      for word in title.split(separator: " ") where word != "of" && word != "the" {
        words.insert(String(word))
      }
    }
    return words
  }()

  static let clauseBreaks: Set<String> = [";", ":", "—", "–", "(", ")", "?", "!", "\u{201C}"]
}

extension String {
  /// The last word of the string, as `split(separator: " ").last` gives it: found byte by
  /// byte in ASCII text, where every byte is a character of its own (or part of a carriage
  /// return and line feed, which are no spaces).
  var lastSpaceSeparatedWord: Substring? {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ").last }
    guard let end = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
    let start = utf8[..<end].lastIndex(of: UInt8(ascii: " ")).map { utf8.index(after: $0) }
    return self[(start ?? startIndex)...end]
  }
}

extension SentenceView {
  /// The lower-cased words at `range` joined with spaces, as a title table's key; one word is
  /// returned as it is, without building a new string.
  func lowerWords(_ range: Range<Int>) -> String {
    range.count == 1 ? lower[range.lowerBound] : lower[range].joined(separator: " ")
  }

  /// The tokens' text at `range` joined with spaces; one token's text is returned as it is.
  func tokenWords(_ range: Range<Int>) -> String {
    range.count == 1
      ? tokens[range.lowerBound].text : range.map { tokens[$0].text }.joined(separator: " ")
  }
}
