public import KnowledgeGraphCore

/// A title or role that precedes or follows a person's name ("President", "Treasury
/// Secretary", "CEO", "deputy director"), with what holding it means.
///
/// This is the one table of role titles: the recognizer reads it to find titles before names,
/// and ``RelationRules/standard`` builds its title table from it, so a title added here is
/// both recognised and read for relations.
///
/// A head title (president, prime minister, king, chief executive, chair) makes its holder
/// the ``Relation/Predicate/leaderOf`` the country or organization it names; other offices
/// (minister, secretary, director, ambassador, senator) give
/// ``Relation/Predicate/holdsPosition``; honorifics ("Mr.", "Dr.") give no relation.
///
/// The table is public facts about English usage; look titles up with ``named(_:)`` or scan
/// tokens with ``longestMatch(in:at:)`` and ``longestMatch(in:endingAt:)``.
public struct RoleTitle: Hashable, Sendable, Comparable {
  /// What a title's holder is the head of or serves in.
  public enum Scope: String, Hashable, Sendable {
    /// A country or its government: president, prime minister, foreign minister, senator.
    case country
    /// An organization: chief executive, chairman, director, spokesperson.
    case organization
    /// Either, depending on what the sentence names: president, chair, director general.
    case any
  }

  /// What holding a title says about its holder and the country or organization named with it.
  public enum Holding: String, Hashable, Sendable {
    /// Heads it: president, prime minister, CEO, chair.
    case leader
    /// Holds an office in it: minister, secretary, ambassador.
    case position
    /// Works for it: researcher, professor, correspondent.
    case employee
    /// Belongs to it: member, board member.
    case member
    /// Founded it: founder, co-founder.
    case founder
    /// An occupation that names no employer: author, economist; says nationality only.
    case occupation
    /// A form of address that says nothing about an employer: "Mr.", "Dr.", "Prince".
    case honorific
  }

  /// The canonical spelling, such as "Prime Minister".
  public var name: String
  /// Other spellings and abbreviations, such as "PM" or "premier".
  public var variants: [String]
  /// What holding the title says.
  public var holding: Holding
  /// What the holder leads or serves in.
  public var scope: Scope
  /// The government body the office belongs to, when the title names it ("Treasury
  /// Secretary" → "Department of the Treasury"), as a gazetteer name.
  public var body: String?
  /// The country whose office this is when the title alone says so ("Treasury Secretary" →
  /// "United States"), as a country's canonical name.
  public var impliedCountry: String?
  /// Whether news writes the title right before a name ("Professor Jane Roe"), so that the
  /// recognizer reads it as a title and not as part of the name. Words that only describe a
  /// person ("author", "scientist") are read for relations but not before names.
  public var introducesName: Bool

  /// A title spelled `name` (and `variants`) whose holder has `holding` to what it names.
  public init(
    _ name: String, variants: [String] = [], holding: Holding, scope: Scope,
    body: String? = nil, impliedCountry: String? = nil, introducesName: Bool = true
  ) {
    self.name = name
    self.variants = variants
    self.holding = holding
    self.scope = scope
    self.body = body
    self.impliedCountry = impliedCountry
    self.introducesName = introducesName
  }

  /// The relation a holder has to what the title names: `leaderOf` for heads,
  /// `holdsPosition` for offices, `worksFor`, `memberOf` or `founded` for the others, and
  /// `nil` for occupations and honorifics.
  public var predicate: Relation.Predicate? {
    switch holding {
    case .leader: .leaderOf
    case .position: .holdsPosition
    case .employee: .worksFor
    case .member: .memberOf
    case .founder: .founded
    case .occupation, .honorific: nil
    }
  }

  /// Whether holding the title makes its holder the leader of what it names.
  public var isHead: Bool { predicate == .leaderOf }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.name < rhs.name }

  /// The title spelled `text` (any case, dots ignored), if the table has it.
  public static func named(_ text: String) -> RoleTitle? {
    let words = Gazetteer.words(of: text)
    guard let found = index[Gazetteer.key(words)] else { return nil }
    return found
  }

  /// The longest title whose words start at `tokens[index]`.
  ///
  /// - Returns: The title and how many tokens it spans, or `nil`.
  public static func longestMatch(in tokens: [Token], at index: Int) -> (title: RoleTitle, count: Int)? {
    guard index < tokens.count else { return nil }
    // Most tokens start no title: one lookup of their bytes rejects them.
    if asciiFirstWords.containsKeyPart(of: tokens[index].text) == false { return nil }
    let first = Gazetteer.keyPart(tokens[index].text)
    if !first.isEmpty, !first.hasSpace, !asciiFirstWords.contains(first) {
      return nil
    }
    var count = min(maximumWordCount, tokens.count - index)
    let parts = [first] + tokens[(index + 1)..<(index + count)].map { Gazetteer.keyPart($0.text) }
    while count > 0 {
      // A span whose last word ends no title needs no key: one set lookup rejects it.
      let last = parts[count - 1]
      if last.isEmpty || last.hasSpace || asciiLastWords.contains(last),
        let title = self.index[joinedKey(parts[0..<count])]
      {
        return (title, count)
      }
      count -= 1
    }
    return nil
  }

  /// The longest title whose last word is `tokens[index]`.
  ///
  /// - Returns: The title and how many tokens it spans, or `nil`.
  public static func longestMatch(in tokens: [Token], endingAt index: Int) -> (title: RoleTitle, count: Int)? {
    guard index >= 0, index < tokens.count else { return nil }
    let last = Gazetteer.keyPart(tokens[index].text)
    if !last.isEmpty, !last.hasSpace, !asciiLastWords.contains(last) {
      return nil
    }
    var count = min(maximumWordCount, index + 1)
    let parts = tokens[(index - count + 1)..<index].map { Gazetteer.keyPart($0.text) } + [last]
    while count > 0 {
      // A span whose first word starts no title needs no key: one set lookup rejects it.
      let first = parts[parts.count - count]
      if first.isEmpty || first.hasSpace || asciiFirstWords.contains(first),
        let title = self.index[joinedKey(parts[(parts.count - count)...])]
      {
        return (title, count)
      }
      count -= 1
    }
    return nil
  }

  /// Every title in the table, sorted by name.
  public static let all: [RoleTitle] = {
    var titles: [RoleTitle] = []
    func add(
      _ holding: Holding, _ name: String, _ variants: [String], _ scope: Scope,
      body: String? = nil, country: String? = nil, beforeNames: Bool
    ) {
      titles.append(
        RoleTitle(
          name, variants: variants, holding: holding, scope: scope, body: body,
          impliedCountry: country, introducesName: beforeNames))
    }
    func head(_ name: String, _ variants: [String] = [], _ scope: Scope, beforeNames: Bool = true) {
      add(.leader, name, variants, scope, beforeNames: beforeNames)
    }
    func office(
      _ name: String, _ variants: [String] = [], _ scope: Scope, body: String? = nil,
      country: String? = nil, beforeNames: Bool = true
    ) {
      add(.position, name, variants, scope, body: body, country: country, beforeNames: beforeNames)
    }
    func staff(_ name: String, _ variants: [String] = [], beforeNames: Bool = true) {
      add(.employee, name, variants, .organization, beforeNames: beforeNames)
    }
    func occupation(_ names: [String]) {
      for name in names { add(.occupation, name, [], .any, beforeNames: false) }
    }
    func honorific(_ name: String, _ variants: [String] = []) {
      add(.honorific, name, variants, .any, beforeNames: true)
    }
    // Heads of state and government.
    head("President", ["Pres."], .any)
    head("President-elect", [], .any, beforeNames: false)
    head("Prime Minister", ["PM", "Premier"], .country)
    // The head of a region's government in Belgium, Germany and the Netherlands.
    head("Minister-President", ["Minister President"], .any)
    head("Chancellor", [], .country)
    head("King", [], .country)
    head("Queen", [], .country)
    head("Emperor", [], .country)
    head("Crown Prince", [], .country)
    head("Emir", ["Amir"], .country)
    head("Sultan", [], .country)
    head("Supreme Leader", [], .country)
    head("Head of State", [], .country)
    head("Taoiseach", [], .country)
    head("Pope", [], .any)
    head("Grand Duke", [], .country)
    head("Dictator", [], .country)
    head("Monarch", [], .country, beforeNames: false)
    head("Chairman", ["Chair", "Chairwoman", "Chairperson"], .any)
    head("Secretary-General", ["Secretary General", "Director-General", "Director General"], .organization)
    head("Chief Executive Officer", ["CEO", "Chief Executive", "chief executive officer"], .organization)
    head("Managing Director", [], .organization)
    head("Executive Chairman", [], .organization)
    head("Leader", [], .any)
    head("Party Leader", [], .organization)
    head("General Secretary", [], .organization)
    head("Governor", ["Gov."], .any)
    head("Mayor", [], .any)
    head("Head", [], .any)
    head("Chief", ["Boss"], .any, beforeNames: false)
    head("Director", [], .organization)
    head("Administrator", [], .organization)
    head("Executive Director", [], .organization)
    head("Dean", [], .organization)
    head("Rector", [], .organization)
    head("Principal", [], .organization)
    head("Editor-in-Chief", ["Editor in Chief"], .organization)
    head("Commander-in-Chief", ["Commander in Chief"], .country)
    head("Chief Justice", [], .country)
    head("Speaker", [], .country)
    // Offices.
    office("Vice President", ["Vice-President", "VP"], .any)
    office("Executive Vice President", ["Executive Vice-President"], .organization, beforeNames: false)
    office("Deputy Prime Minister", ["Vice Premier", "Deputy PM"], .country)
    office("Vice-Premier", [], .country, beforeNames: false)
    office("Foreign Minister", ["Minister of Foreign Affairs", "Foreign Affairs Minister"], .country)
    office("Defense Minister", ["Defence Minister", "Minister of Defense", "Minister of Defence"], .country)
    office("Finance Minister", ["Minister of Finance"], .country)
    office("Commerce Minister", ["Minister of Commerce", "Trade Minister", "Minister of Trade"], .country)
    office("Interior Minister", ["Home Minister", "Minister of the Interior"], .country)
    office("Economy Minister", ["Economic Minister", "Minister of Economy"], .country)
    office("Health Minister", ["Minister of Health"], .country)
    office("Justice Minister", ["Minister of Justice"], .country)
    office("Information Minister", ["Minister of Information"], .country)
    office("Education Minister", ["Minister of Education"], .country)
    office("Energy Minister", ["Minister of Energy"], .country)
    office("Agriculture Minister", ["Minister of Agriculture"], .country)
    office("Transport Minister", ["Minister of Transport"], .country)
    office("Labour Minister", ["Labor Minister", "Minister of Labour", "Minister of Labor"], .country)
    office("Minister", [], .country)
    office("Foreign Secretary", [], .country, country: "United Kingdom")
    office("Home Secretary", [], .country, country: "United Kingdom")
    office("Chancellor of the Exchequer", [], .country, country: "United Kingdom", beforeNames: false)
    office("Secretary of State", [], .country, body: "State Department", country: "United States")
    office("State Secretary", [], .country)
    office("Treasury Secretary", ["Secretary of the Treasury", "Treasury Chief"], .country,
           body: "Department of the Treasury", country: "United States")
    office("Commerce Secretary", ["Secretary of Commerce"], .country, body: "Department of Commerce",
           country: "United States")
    office("Defense Secretary", ["Secretary of Defense", "War Secretary", "Secretary of War"], .country,
           body: "Pentagon", country: "United States")
    // The British spelling is the title of the United Kingdom's minister and of other
    // Commonwealth governments': no one country.
    office("Defence Secretary", ["Secretary of State for Defence"], .country)
    office("Homeland Security Secretary", ["Secretary of Homeland Security"], .country,
           body: "Department of Homeland Security", country: "United States")
    office("Energy Secretary", ["Secretary of Energy"], .country, body: "Department of Energy",
           country: "United States")
    office("Agriculture Secretary", [], .country, country: "United States", beforeNames: false)
    office("Labor Secretary", [], .country, country: "United States", beforeNames: false)
    office("Attorney General", [], .country, body: "Department of Justice")
    office("Trade Representative", ["USTR"], .country,
           body: "Office of the United States Trade Representative")
    office("U.S. Trade Representative", [], .country, country: "United States", beforeNames: false)
    office("National Security Adviser", ["National Security Advisor"], .country)
    office("Press Secretary", [], .country)
    office("Cabinet Secretary", [], .country, beforeNames: false)
    office("Chief of Staff", [], .any)
    office("Secretary", [], .any)
    office("Deputy Secretary", [], .any)
    office("Undersecretary", ["Under Secretary"], .any)
    office("Ambassador", ["Amb."], .country)
    office("Envoy", ["Special Envoy"], .country)
    office("Diplomat", [], .country)
    office("Consul", ["Consul General"], .country, beforeNames: false)
    office("Counselor", [], .any, beforeNames: false)
    office("Senator", ["Sen."], .country)
    office("Representative", ["Rep.", "Congressman", "Congresswoman"], .country)
    office("Lawmaker", ["Legislator", "Member of Parliament", "MP"], .country)
    office("Commissioner", [], .any)
    office("Spokesperson", ["Spokesman", "Spokeswoman", "Spokesperson"], .any)
    office("Deputy Director", [], .organization)
    office("Deputy Director-General", ["Deputy Director General"], .organization)
    office("Assistant Director", [], .organization)
    office("Vice Chairman", ["Vice Chair", "Vice-Chairman", "Deputy Chairman"], .any)
    office("Vice-Chair", [], .any, beforeNames: false)
    office("Chief Financial Officer", ["CFO"], .organization)
    office("Chief Operating Officer", ["COO"], .organization)
    office("Chief Technology Officer", ["CTO"], .organization)
    office("Chief Economist", [], .organization)
    office("Executive", [], .organization)
    office("Manager", [], .organization)
    office("Officer", [], .any, beforeNames: false)
    office("Treasurer", [], .any, beforeNames: false)
    office("General", ["Gen."], .country)
    office("Admiral", ["Adm."], .country)
    office("Commander", [], .any, beforeNames: false)
    office("Colonel", ["Col."], .country)
    office("Lieutenant", ["Lt."], .country)
    office("Captain", ["Capt."], .country)
    office("Major", ["Maj."], .country)
    office("Sergeant", ["Sgt."], .country)
    office("Judge", ["Justice"], .country)
    office("Prosecutor", [], .country)
    office("Official", [], .any)
    office("Adviser", ["Advisor", "Senior Adviser"], .any)
    office("Negotiator", ["Chief Negotiator", "Trade Negotiator"], .country)
    office("Vice Minister", ["Deputy Minister", "Vice-Minister"], .country)
    office("Foreign Ministry Spokesperson", ["Foreign Ministry Spokesman"], .country)
    // Staff of an organization.
    staff("Professor", ["Prof."])
    staff("Associate Professor")
    staff("Assistant Professor", beforeNames: false)
    staff("Researcher", ["Research Fellow", "Senior Fellow", "Fellow"])
    staff("Analyst")
    staff("Editor")
    staff("Correspondent")
    staff("Reporter")
    staff("Columnist")
    staff("Scholar", ["Visiting Scholar"], beforeNames: false)
    staff("Scientist", beforeNames: false)
    staff("Engineer", beforeNames: false)
    staff("Lecturer", beforeNames: false)
    staff("Employee", ["Staffer"], beforeNames: false)
    staff("Strategist", beforeNames: false)
    // A team's players and coaches: "the Real Madrid defender", "Barcelona's coach".
    staff("Defender", ["Midfielder", "Striker", "Goalkeeper", "Winger"], beforeNames: false)
    staff("Coach", ["Head Coach", "Assistant Coach"], beforeNames: false)
    add(.member, "Member", ["Party Member", "Board Member"], .organization, beforeNames: false)
    // "the candidate of the Unity alliance", "the Labour candidate": a party's candidate.
    add(.member, "Candidate", [], .organization, beforeNames: false)
    add(.founder, "Founder", ["co-founder", "Cofounder", "Co-Founder"], .organization, beforeNames: true)
    // Occupations, which name no employer: read for nationality only.
    add(.occupation, "Economist", [], .organization, beforeNames: true)
    occupation([
      "Author", "Writer", "Novelist", "Poet", "Actor", "Actress", "Singer", "Journalist",
      "Artist", "Businessman", "Businesswoman", "Entrepreneur", "Billionaire", "Tycoon",
      "Athlete", "Footballer", "Player", "Historian", "Philosopher", "Physicist", "Chemist",
      "Mathematician", "Architect", "Composer", "Painter", "Photographer", "Activist", "Lawyer",
      "Politician", "Filmmaker", "Inventor", "Investor", "Dissident", "Explorer", "Astronaut",
      "Pianist", "Rapper", "Cyclist", "Tennis Player",
    ])
    // Honorifics.
    honorific("Mr.", ["Mr"])
    honorific("Mrs.", ["Mrs"])
    honorific("Ms.", ["Ms"])
    honorific("Dr.", ["Dr"])
    honorific("Sir")
    honorific("Dame")
    honorific("Lord")
    honorific("Lady")
    honorific("Prince")
    honorific("Princess")
    honorific("Sheikh")
    honorific("Rev.", ["Reverend"])
    honorific("Saint")
    // Party affiliations written like titles: "Democrat Joe Manchin".
    honorific("Democrat", ["Democratic Senator"])
    honorific("Republican")
    return titles.sorted()
  }()

  private static let index: [String: RoleTitle] = {
    var index: [String: RoleTitle] = [:]
    for title in all where title.introducesName {
      for spelling in [title.name] + title.variants {
        let key = Gazetteer.key(Gazetteer.words(of: spelling))
        if index[key] == nil { index[key] = title }
      }
    }
    return index
  }()

  /// The first and last words of every key in ``index``.
  private static let firstWords: Set<String> = Set(index.keys.map { key in
    String(key.unicodeScalars.prefix { $0 != " " })
  })
  private static let lastWords: Set<String> = Set(index.keys.map { key in
    String(String.UnicodeScalarView(key.unicodeScalars.reversed().prefix { $0 != " " }.reversed()))
  })

  /// ``firstWords`` and ``lastWords`` for ASCII words, hashed byte by byte.
  private static let asciiFirstWords = ASCIIWordSet(firstWords)
  private static let asciiLastWords = ASCIIWordSet(lastWords)

  /// ``Gazetteer/key(_:)`` of words already turned into key parts.
  private static func joinedKey(_ parts: ArraySlice<String>) -> String {
    var result = ""
    for part in parts where !part.isEmpty {
      if !result.isEmpty { result.append(" ") }
      result.append(part)
    }
    return result
  }

  private static let maximumWordCount: Int = {
    all.filter(\.introducesName).flatMap { [$0.name] + $0.variants }.map { Gazetteer.words(of: $0).count }.max() ?? 1
  }()
}

/// A set of words whose ASCII members are found by hashing bytes (FNV-1a, open addressing),
/// which costs a fraction of `String` hashing; only ASCII strings equal ASCII words, so
/// other strings are looked up in the full set.
struct ASCIIWordSet: Sendable {
  private static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

  private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(basis) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
  }

  /// For each slot, the index of its word in `words`, or -1 when empty.
  private var slots: [Int32]
  private var words: [[UInt8]] = []
  private let mask: Int
  /// The set this one was made from, for other strings (kept here so that a lookup reads one
  /// static table, not two).
  private let all: Set<String>

  init(_ set: Set<String>) {
    all = set
    let ascii = set.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    var size = 16
    while size < ascii.count * 4 { size *= 2 }
    mask = size - 1
    slots = Array(repeating: -1, count: size)
    for word in ascii {
      let bytes = Array(word.utf8)
      var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(words.count)
      words.append(bytes)
    }
  }

  /// Whether `word` is in the set this one was made from.
  func contains(_ word: String) -> Bool {
    let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      var slot = Int(truncatingIfNeeded: Self.hash(bytes)) & mask
      while slots[slot] >= 0 {
        if words[Int(slots[slot])].elementsEqual(bytes) { return true }
        slot = (slot + 1) & mask
      }
      return false
    }
    if let found, let found { return found }
    return all.contains(word)
  }

  /// Whether ``Gazetteer/keyPart(_:)`` of an ASCII `word` is in the set, read from the word's
  /// bytes without making the part: `nil` when the word is not ASCII or its part is empty or
  /// has a space, which the caller settles with the part itself.
  func containsKeyPart(of word: String) -> Bool? {
    // An ASCII key part is the word lower-cased (A-Z to a-z) without its dots.
    let found = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
      guard !bytes.contains(0x20) else { return nil }
      return containsLowercased(bytes[...], droppingDots: true)
    }
    return found ?? nil
  }

  /// Whether ASCII `bytes`, lower-cased (A-Z to a-z) and without dots if `droppingDots`, spell
  /// a member, found without making a String; `nil` when a byte is not ASCII or nothing is
  /// left.
  func containsLowercased(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, droppingDots: Bool) -> Bool? {
    @inline(__always) func lowered(_ byte: UInt8) -> UInt8 {
      byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }
    var hash = Self.basis
    var length = 0
    for byte in bytes where !(droppingDots && byte == 0x2E) {
      if byte >= 0x80 { return nil }
      hash = (hash ^ UInt64(lowered(byte))) &* 0x0000_0100_0000_01b3
      length += 1
    }
    guard length > 0 else { return nil }
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] >= 0 {
      let candidate = words[Int(slots[slot])]
      if candidate.count == length {
        var matched = 0
        for byte in bytes where !(droppingDots && byte == 0x2E) {
          guard candidate[matched] == lowered(byte) else { break }
          matched += 1
        }
        if matched == length { return true }
      }
      slot = (slot + 1) & mask
    }
    return false
  }
}

extension String {
  /// Whether the string's UTF-8 has a space byte, read without a generic sequence search.
  fileprivate var hasSpace: Bool {
    if let found = utf8.withContiguousStorageIfAvailable({ $0.contains(0x20) }) { return found }
    return utf8.contains(0x20)
  }
}
