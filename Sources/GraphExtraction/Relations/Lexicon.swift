import KnowledgeGraphCore

/// What the rules know about a lower-cased word, in one table: the word lists it is in and
/// the verb, measure and event triggers it is.
///
/// Every rule reads every token, and most tokens are in no list: looking a token up once,
/// with one hash of its word, replaces a hash per list and rule. ``SentenceView`` holds each
/// token's ``Facts``.
struct Lexicon {
  /// The lists a word is in.
  struct Classes: OptionSet {
    let rawValue: UInt64

    // ``PatternTable`` lists that ``PatternRules`` tests every token against.
    static let foundingParticiple = Classes(rawValue: 1 << 0)
    static let leadershipParticiple = Classes(rawValue: 1 << 1)
    static let locationParticiple = Classes(rawValue: 1 << 2)
    static let unitNoun = Classes(rawValue: 1 << 3)
    static let pluralUnitNoun = Classes(rawValue: 1 << 4)
    static let compositionVerb = Classes(rawValue: 1 << 5)
    /// A word ``PatternRules`` reads a pattern from ("as", "member", "capital", …), or one of
    /// "owned", "controlled", "consists".
    static let patternTrigger = Classes(rawValue: 1 << 6)

    // Triggers of ``InteractionRules`` and ``EventRules``.
    /// The first word of a two-word event or measure noun ("phone" of "phone call").
    static let compoundStart = Classes(rawValue: 1 << 7)
    /// "work", "works", "worked", "working".
    static let workVerb = Classes(rawValue: 1 << 8)
    /// A verb ``EventRules`` reads attendance from: "sent", "represented", "conceded", ….
    static let attendanceVerb = Classes(rawValue: 1 << 9)

    // Titles, for ``StructuralRules`` and ``SentenceView``.
    /// The first word of a title of ``RelationRules/titles``.
    static let titleFirstWord = Classes(rawValue: 1 << 10)
    /// The last word of a title of ``RelationRules/titles``.
    static let titleLastWord = Classes(rawValue: 1 << 11)
    /// A title of one word.
    static let title = Classes(rawValue: 1 << 12)
    /// One of ``RelationRules/titleModifiers``.
    static let titleModifier = Classes(rawValue: 1 << 13)
    /// One of ``RelationRules/subordinateModifiers``.
    static let subordinateModifier = Classes(rawValue: 1 << 14)
    /// One of ``SentenceView/titleVocabulary``.
    static let titleVocabulary = Classes(rawValue: 1 << 15)
    /// One of ``SentenceView/clauseBreaks``.
    static let clauseBreak = Classes(rawValue: 1 << 16)
    /// A copula before a title in ``StructuralRules``: "is", "was", "been", "became", "as".
    static let titleCopula = Classes(rawValue: 1 << 17)

    // Words between a subject and its verb, for ``InteractionRules/subject(before:)``.
    /// One of ``negationWords``.
    static let negation = Classes(rawValue: 1 << 18)
    /// One of ``subjectGapWords``.
    static let subjectGap = Classes(rawValue: 1 << 19)

    /// A word ``Discourse/references(in:lower:facts:quoted:taken:named:graph:)`` resolves or
    /// starts a description with: a pronoun, "it", "its", "whose", "the", "both".
    static let discourseWord = Classes(rawValue: 1 << 20)

    // Words of the phrase before an event noun, for ``EventRules``.
    /// One of ``EventRules/topics``.
    static let eventTopic = Classes(rawValue: 1 << 21)
    /// One of ``EventRules/compoundWords``.
    static let eventCompound = Classes(rawValue: 1 << 22)
    /// One of ``EventRules/determiners``.
    static let eventDeterminer = Classes(rawValue: 1 << 23)
    /// "by", which ``PatternRules`` tests after every word.
    static let by = Classes(rawValue: 1 << 24)
    /// One of ``RelationRules/organizerParticiples``: "hosted", "initiated", ….
    static let organizerParticiple = Classes(rawValue: 1 << 25)
    /// A verb or noun ``EventRules`` may read a dated or occurring event from: a key of
    /// ``EventRules/datedVerbs``, ``EventRules/occurrenceVerbs`` or
    /// ``EventRules/occurrenceNouns``.
    static let occurrenceTrigger = Classes(rawValue: 1 << 26)
    /// One of ``EventRules/phraseEnds``: ".", "which", "but", ….
    static let eventPhraseEnd = Classes(rawValue: 1 << 27)
    /// One of ``EventRules/partyIntroducers``: "between", "with", ….
    static let partyIntroducer = Classes(rawValue: 1 << 28)
    /// "counterpart" or "counterparts", which ``StructuralRules`` reads titles after.
    static let counterpart = Classes(rawValue: 1 << 29)
    /// One of ``ReciprocalRules/signingVerbs``: "signed", "agreed", ….
    static let signingVerb = Classes(rawValue: 1 << 30)
    /// A possessive ending or apostrophe: "'s", "’s", "'", "’".
    static let possessiveMark = Classes(rawValue: 1 << 31)

    // Words around an event noun, for ``EventRules``.
    /// One of ``EventRules/verbalPrefixes``: "to", "will", "they", ….
    static let eventVerbalPrefix = Classes(rawValue: 1 << 32)
    /// One of ``EventRules/agreeVerbs``.
    static let agreeVerb = Classes(rawValue: 1 << 33)
    /// A key of ``EventRules/holdVerbs``.
    static let holdVerb = Classes(rawValue: 1 << 34)
    /// One of ``EventRules/otherEventWords``.
    static let otherEventWord = Classes(rawValue: 1 << 35)
    /// One of ``EventRules/definiteDeterminers``.
    static let definiteDeterminer = Classes(rawValue: 1 << 36)
    /// One of ``EventRules/possessiveDeterminers``.
    static let possessiveDeterminer = Classes(rawValue: 1 << 37)

    /// One of ``InteractionRules/criticalWords``: "discriminatory", "unfair", ….
    static let criticalWord = Classes(rawValue: 1 << 38)
  }

  /// Everything the lexicon knows about one word.
  struct Facts {
    var classes: Classes = []
    /// The verb rules of the word, as an index into ``Lexicon/verbRules``, or -1.
    var verbRules: Int32 = -1
    /// The measure rules of the word alone, as an index into ``Lexicon/measureRules``, or -1.
    var measureRules: Int32 = -1
    /// The event type of the word as an event noun of ``RelationRules/eventNouns``.
    var eventNoun: Entity.EventType?
    /// The event type of the word as an event verb of ``RelationRules/eventVerbs``.
    var eventVerb: Entity.EventType?
    /// The word as a trigger of an event of type `other`, as an index into
    /// ``EventRules/otherTriggerList``, or -1.
    var otherTrigger: Int8 = -1
  }

  /// The facts of every word in at least one list or trigger table.
  private let facts: [String: Facts]
  /// The verb rules of each verb form, as ``Facts/verbRules`` numbers them.
  let verbRules: [[RelationRules.VerbRule]]
  /// The measure rules of each one-word measure noun, as ``Facts/measureRules`` numbers them.
  let measureRules: [[RelationRules.MeasureRule]]

  /// The lexicon of the words `rules` and the rule types read.
  init(rules: RelationRules) {
    var facts: [String: Facts] = [:]
    func add(_ words: some Sequence<String>, _ wordClass: Classes) {
      for word in words { facts[word, default: Facts()].classes.insert(wordClass) }
    }
    add(PatternTable.foundingParticiples, .foundingParticiple)
    add(PatternTable.leadershipParticiples, .leadershipParticiple)
    add(PatternTable.locationParticiples, .locationParticiple)
    add(PatternTable.unitNouns, .unitNoun)
    add(PatternTable.pluralUnitNouns, .pluralUnitNoun)
    add(PatternTable.compositionVerbs, .compositionVerb)
    add(PatternRules.triggerWords, .patternTrigger)
    add(rules.compoundStarts, .compoundStart)
    add(["work", "works", "worked", "working"], .workVerb)
    add(EventRules.attendanceVerbs, .attendanceVerb)
    add(rules.titleFirstWords, .titleFirstWord)
    add(rules.titleLastWords, .titleLastWord)
    add(rules.titles.keys, .title)
    add(rules.titleModifiers, .titleModifier)
    add(rules.subordinateModifiers, .subordinateModifier)
    add(SentenceView.titleVocabulary, .titleVocabulary)
    add(SentenceView.clauseBreaks, .clauseBreak)
    add(StructuralRules.titleCopulas, .titleCopula)
    add(negationWords, .negation)
    add(subjectGapWords, .subjectGap)
    add(Discourse.referenceWords, .discourseWord)
    add(EventRules.topics, .eventTopic)
    add(EventRules.compoundWords, .eventCompound)
    add(EventRules.determiners, .eventDeterminer)
    add(["by"], .by)
    add(rules.organizerParticiples, .organizerParticiple)
    add(EventRules.datedVerbs.keys, .occurrenceTrigger)
    add(EventRules.occurrenceVerbs.keys, .occurrenceTrigger)
    add(EventRules.occurrenceNouns.keys, .occurrenceTrigger)
    add(EventRules.phraseEnds, .eventPhraseEnd)
    add(EventRules.partyIntroducers, .partyIntroducer)
    add(["counterpart", "counterparts"], .counterpart)
    add(ReciprocalRules.signingVerbs, .signingVerb)
    add(["'s", "’s", "'", "’"], .possessiveMark)
    add(EventRules.verbalPrefixes, .eventVerbalPrefix)
    add(EventRules.agreeVerbs, .agreeVerb)
    add(EventRules.holdVerbs.keys, .holdVerb)
    add(EventRules.otherEventWords, .otherEventWord)
    add(EventRules.definiteDeterminers, .definiteDeterminer)
    add(EventRules.possessiveDeterminers, .possessiveDeterminer)
    add(InteractionRules.criticalWords, .criticalWord)

    // Verb and measure rules, in the order the rule table lists them.
    /// The rules of each word `words` gives for a rule, with each word's group numbered in
    /// its facts at `number`.
    func group<Rule>(
      _ rules: [Rule], by words: (Rule) -> Set<String>,
      numberedAt number: WritableKeyPath<Facts, Int32>
    ) -> [[Rule]] {
      var byWord: [String: [Rule]] = [:]
      for rule in rules {
        for word in words(rule) { byWord[word, default: []].append(rule) }
      }
      var groups: [[Rule]] = []
      for (word, group) in byWord {
        facts[word, default: Facts()][keyPath: number] = Int32(groups.count)
        groups.append(group)
      }
      return groups
    }
    let verbRules = group(rules.verbs, by: \.forms, numberedAt: \.verbRules)
    let measureRules = group(rules.measures, by: \.nouns, numberedAt: \.measureRules)
    for (noun, type) in rules.eventNouns { facts[noun, default: Facts()].eventNoun = type }
    for (verb, type) in rules.eventVerbs { facts[verb, default: Facts()].eventVerb = type }
    for (index, trigger) in EventRules.otherTriggerList.enumerated() {
      facts[trigger.word, default: Facts()].otherTrigger = Int8(index)
    }
    self.facts = facts
    self.verbRules = verbRules
    self.measureRules = measureRules
    self.asciiTable = ASCIITable(facts)
  }

  /// The facts of a lower-cased word; a word in no list has none.
  subscript(word: String) -> Facts {
    facts[word] ?? Facts()
  }

  /// A token's text lower-cased, with the facts of that word.
  ///
  /// ASCII text (almost every token) is lowered and looked up byte by byte, in a table that
  /// hashes bytes more cheaply than `String` hashing; only ASCII strings equal ASCII keys, so
  /// the answer is the one ``subscript(word:)`` gives. Other text goes through
  /// `lowercased()` and the dictionary.
  func lookUp(_ text: String) -> (lower: String, facts: Facts) {
    let found = text.utf8.withContiguousStorageIfAvailable { bytes -> (String, Facts)? in
      var hash = ASCIITable.basis
      var hasUppercase = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        let isUppercase = byte >= 0x41 && byte <= 0x5A
        hasUppercase = hasUppercase || isUppercase
        hash = ASCIITable.step(hash, isUppercase ? byte + 0x20 : byte)
      }
      let lower =
        hasUppercase
        ? String(unsafeUninitializedCapacity: bytes.count) { buffer in
          for (index, byte) in bytes.enumerated() {
            buffer[index] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
          }
          return bytes.count
        } : text
      return (lower, asciiTable.facts(ofLowered: bytes, hash: hash) ?? Facts())
    }
    if let found, let found { return found }
    let lower = text.lowercased()
    return (lower, self[lower])
  }

  /// The facts of the ASCII words, in an open-addressing table hashed with FNV-1a.
  private let asciiTable: ASCIITable

  private struct ASCIITable {
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
      (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }

    /// For each slot, the index of its word in `words`, or -1 when empty.
    private var slots: [Int32]
    private var words: [[UInt8]] = []
    private var values: [Facts] = []
    private let mask: Int

    init(_ facts: [String: Facts]) {
      let ascii = facts.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }
      var size = 16
      while size < ascii.count * 4 { size *= 2 }
      mask = size - 1
      slots = Array(repeating: -1, count: size)
      for (word, value) in ascii {
        let bytes = Array(word.utf8)
        var slot = Int(truncatingIfNeeded: bytes.reduce(Self.basis, Self.step)) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(words.count)
        words.append(bytes)
        values.append(value)
      }
    }

    /// The facts of the word `bytes` spell once upper-case ASCII letters are lowered, given
    /// the hash of the lowered bytes.
    func facts(ofLowered bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Facts? {
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] >= 0 {
        let index = Int(slots[slot])
        let word = words[index]
        if word.count == bytes.count,
          zip(word, bytes).allSatisfy({ $0 == ($1 >= 0x41 && $1 <= 0x5A ? $1 + 0x20 : $1) })
        {
          return values[index]
        }
        slot = (slot + 1) & mask
      }
      return nil
    }
  }
}
