public import KnowledgeGraphCore

/// A title or role that precedes or follows a person's name ("President", "Treasury
/// Secretary", "CEO", "deputy director"), with what holding it means.
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

  /// The canonical spelling, such as "Prime Minister".
  public var name: String
  /// Other spellings and abbreviations, such as "PM" or "premier".
  public var variants: [String]
  /// `leaderOf`, `holdsPosition`, or `nil` for honorifics.
  public var predicate: Relation.Predicate?
  /// What the holder leads or serves in.
  public var scope: Scope
  /// The government body the office belongs to, when the title names it ("Treasury
  /// Secretary" → "Department of the Treasury"), as a gazetteer name.
  public var body: String?

  /// A title spelled `name` (and `variants`) whose holder has `predicate` to what it names.
  public init(
    _ name: String, variants: [String] = [], predicate: Relation.Predicate?, scope: Scope,
    body: String? = nil
  ) {
    self.name = name
    self.variants = variants
    self.predicate = predicate
    self.scope = scope
    self.body = body
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
    let first = Gazetteer.keyPart(tokens[index].text)
    // Most tokens start no title: one hash lookup rejects them.
    if !first.isEmpty, !first.utf8.contains(0x20), !firstWords.contains(first) { return nil }
    var count = min(maximumWordCount, tokens.count - index)
    let parts = [first] + tokens[(index + 1)..<(index + count)].map { Gazetteer.keyPart($0.text) }
    while count > 0 {
      // A span whose last word ends no title needs no key: one set lookup rejects it.
      let last = parts[count - 1]
      if last.isEmpty || last.utf8.contains(0x20) || lastWords.contains(last),
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
    if !last.isEmpty, !last.utf8.contains(0x20), !lastWords.contains(last) { return nil }
    var count = min(maximumWordCount, index + 1)
    let parts = tokens[(index - count + 1)..<index].map { Gazetteer.keyPart($0.text) } + [last]
    while count > 0 {
      // A span whose first word starts no title needs no key: one set lookup rejects it.
      let first = parts[parts.count - count]
      if first.isEmpty || first.utf8.contains(0x20) || firstWords.contains(first),
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
    func head(_ name: String, _ variants: [String] = [], _ scope: Scope) {
      titles.append(RoleTitle(name, variants: variants, predicate: .leaderOf, scope: scope))
    }
    func office(_ name: String, _ variants: [String] = [], _ scope: Scope, body: String? = nil) {
      titles.append(
        RoleTitle(name, variants: variants, predicate: .holdsPosition, scope: scope, body: body))
    }
    func honorific(_ name: String, _ variants: [String] = []) {
      titles.append(RoleTitle(name, variants: variants, predicate: nil, scope: .any))
    }
    // Heads of state and government.
    head("President", ["Pres."], .any)
    head("Prime Minister", ["PM", "Premier"], .country)
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
    head("Chairman", ["Chair", "Chairwoman", "Chairperson"], .any)
    head("Secretary-General", ["Secretary General", "Director-General", "Director General"], .organization)
    head("Chief Executive Officer", ["CEO", "Chief Executive", "chief executive officer"], .organization)
    head("Managing Director", [], .organization)
    head("Executive Chairman", [], .organization)
    head("Founder", ["co-founder", "Cofounder", "Co-Founder"], .organization)
    head("Leader", [], .any)
    head("Party Leader", [], .organization)
    head("General Secretary", [], .organization)
    head("Governor", ["Gov."], .any)
    head("Mayor", [], .any)
    head("Head", [], .any)
    head("Director", [], .organization)
    head("Executive Director", [], .organization)
    head("Commissioner", [], .any)
    head("Dean", [], .organization)
    head("Rector", [], .organization)
    head("Principal", [], .organization)
    head("Editor-in-Chief", ["Editor in Chief"], .organization)
    head("Commander-in-Chief", ["Commander in Chief"], .country)
    // Offices.
    office("Vice President", ["Vice-President", "VP"], .any)
    office("Deputy Prime Minister", ["Vice Premier", "Deputy PM"], .country)
    office("Foreign Minister", ["Minister of Foreign Affairs", "Foreign Affairs Minister"], .country)
    office("Defense Minister", ["Defence Minister", "Minister of Defense", "Minister of Defence"], .country)
    office("Finance Minister", ["Minister of Finance"], .country)
    office("Commerce Minister", ["Minister of Commerce", "Trade Minister", "Minister of Trade"], .country)
    office("Interior Minister", ["Home Minister", "Minister of the Interior"], .country)
    office("Economy Minister", ["Economic Minister", "Minister of Economy"], .country)
    office("Minister", [], .country)
    office("Foreign Secretary", [], .country)
    office("Home Secretary", [], .country)
    office("Secretary of State", ["State Secretary"], .country, body: "State Department")
    office("Treasury Secretary", ["Secretary of the Treasury", "Treasury Chief"], .country,
           body: "Department of the Treasury")
    office("Commerce Secretary", ["Secretary of Commerce"], .country, body: "Department of Commerce")
    office("Defense Secretary", ["Secretary of Defense", "War Secretary", "Secretary of War"], .country,
           body: "Pentagon")
    office("Homeland Security Secretary", ["Secretary of Homeland Security"], .country,
           body: "Department of Homeland Security")
    office("Energy Secretary", ["Secretary of Energy"], .country, body: "Department of Energy")
    office("Attorney General", [], .country, body: "Department of Justice")
    office("Trade Representative", ["USTR"], .country,
           body: "Office of the United States Trade Representative")
    office("National Security Adviser", ["National Security Advisor"], .country)
    office("Press Secretary", [], .country)
    office("Chief of Staff", [], .any)
    office("Secretary", [], .any)
    office("Deputy Secretary", [], .any)
    office("Undersecretary", ["Under Secretary"], .any)
    office("Ambassador", ["Amb."], .country)
    office("Envoy", ["Special Envoy"], .country)
    office("Diplomat", [], .country)
    office("Senator", ["Sen."], .country)
    office("Representative", ["Rep.", "Congressman", "Congresswoman"], .country)
    office("Lawmaker", ["Legislator", "Member of Parliament", "MP"], .country)
    office("Speaker", [], .country)
    office("Spokesperson", ["Spokesman", "Spokeswoman", "Spokesperson"], .any)
    office("Deputy Director", [], .organization)
    office("Deputy Director-General", ["Deputy Director General"], .organization)
    office("Assistant Director", [], .organization)
    office("Vice Chairman", ["Vice Chair", "Vice-Chairman", "Deputy Chairman"], .any)
    office("Chief Financial Officer", ["CFO"], .organization)
    office("Chief Operating Officer", ["COO"], .organization)
    office("Chief Technology Officer", ["CTO"], .organization)
    office("Chief Economist", [], .organization)
    office("Economist", [], .organization)
    office("Analyst", [], .organization)
    office("Professor", ["Prof."], .organization)
    office("Associate Professor", [], .organization)
    office("Researcher", ["Research Fellow", "Senior Fellow", "Fellow"], .organization)
    office("Executive", [], .organization)
    office("Manager", [], .organization)
    office("Editor", [], .organization)
    office("Correspondent", [], .organization)
    office("Reporter", [], .organization)
    office("Columnist", [], .organization)
    office("General", ["Gen."], .country)
    office("Admiral", ["Adm."], .country)
    office("Colonel", ["Col."], .country)
    office("Lieutenant", ["Lt."], .country)
    office("Captain", ["Capt."], .country)
    office("Major", ["Maj."], .country)
    office("Sergeant", ["Sgt."], .country)
    office("Judge", ["Justice", "Chief Justice"], .country)
    office("Prosecutor", [], .country)
    office("Official", [], .any)
    office("Adviser", ["Advisor", "Senior Adviser"], .any)
    office("Negotiator", ["Chief Negotiator", "Trade Negotiator"], .country)
    office("Vice Minister", ["Deputy Minister", "Vice-Minister"], .country)
    office("Foreign Ministry Spokesperson", ["Foreign Ministry Spokesman"], .country)
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
    for title in all {
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
    all.flatMap { [$0.name] + $0.variants }.map { Gazetteer.words(of: $0).count }.max() ?? 1
  }()
}
