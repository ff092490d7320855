public import KnowledgeGraphCore

/// Merges the entities of several documents' graphs that are the same real entity.
///
/// Entities with the same identifier merge when graphs are joined. This resolver then joins:
/// - a person known only by one name ("Trump") into the one person of the collection whose
///   full name contains it ("Donald Trump"), but never when two full names share it, and a
///   given name ("William") only as a surname;
/// - two organizations, places or countries that share a name, such as an organization named
///   in one article only by the short form another article gives as an alias ("Renmin
///   University"). Events are left alone: two calls may share a name and not a date.
///
/// The result depends only on the graph, not on the order the documents were read in.
public struct CrossDocumentResolver: Sendable {
  /// A resolver; it holds no state.
  public init() {}

  /// Merges the duplicates of `graph`.
  ///
  /// - Returns: Lines saying which entities were merged and which were kept apart.
  @discardableResult
  public func resolve(_ graph: inout KnowledgeGraph) -> [String] {
    var notes: [String] = []
    // The same full name with and without middle initials: "Donald J. Trump", "Donald Trump".
    var byKey: [[String]: [Entity]] = [:]
    for person in graph.entities where person.kind == .person {
      let key = MentionResolver.personKey(words(person.name))
      if key.count >= 2 { byKey[key, default: []].append(person) }
    }
    for key in byKey.keys.sorted(by: { $0.joined(separator: " ") < $1.joined(separator: " ") }) {
      guard let same = byKey[key], same.count > 1 else { continue }
      let initials = Set(same.map { MentionResolver.initials(ofPerson: words($0.name)) }.filter { !$0.isEmpty })
      guard initials.count <= 1 else {
        notes.append("kept apart people with different initials: \(same.map(\.name).sorted())")
        continue
      }
      let best = same.min { MentionResolver.isBetterName($0.name, $1.name) } ?? same[0]
      for person in same where person.id != best.id {
        graph.mergeEntity(person.id, into: best.id)
        notes.append("merged \(person.id) into \(best.id): the same full name")
      }
    }
    // People known by a single name.
    let people = graph.entities.filter { $0.kind == .person }
    // Each person's key, found once.
    let keys = people.map { MentionResolver.personKey(words($0.name)) }
    let full = people.indices.filter { keys[$0].count >= 2 }
    for (person, key) in zip(people, keys) where key.count == 1 {
      guard let word = key.first else { continue }
      // A lone given name ("William" of "Prince William") names someone else in another
      // article more often than a full name's bearer: it joins only as a surname. Other lone
      // names join by any word, which family-name-first names need ("Xi" of "Xi Jinping").
      let byGivenName = NameLexicon.givenNames.contains(word)
      let holders = full.filter {
        byGivenName ? keys[$0].last == word : keys[$0].contains(word)
      }.map { people[$0] }
      if holders.count == 1, let target = holders.first {
        graph.mergeEntity(person.id, into: target.id)
        notes.append("merged \(person.id) into \(target.id): the only full name with \"\(person.name)\"")
      } else if holders.count > 1 {
        let names = holders.map(\.name).sorted().joined(separator: ", ")
        notes.append("kept \(person.id) apart: \"\(person.name)\" may be any of \(names)")
      }
    }
    // Other entities sharing a name: each group of entities linked by shared names becomes
    // the one with the best name.
    // Merging entities of one kind leaves those of the others as they are.
    let remaining = graph.entities
    for kind in [Entity.Kind.organization, .place, .country] {
      let entities = remaining.filter { $0.kind == kind }
      var parent = Array(entities.indices)
      func root(_ index: Int) -> Int {
        var index = index
        while parent[index] != index {
          parent[index] = parent[parent[index]]
          index = parent[index]
        }
        return index
      }
      var owner: [String: Int] = [:]
      for (index, entity) in entities.enumerated() {
        for name in entity.names {
          let key = Gazetteer.key(words(name))
          guard !key.isEmpty else { continue }
          if let other = owner[key] {
            let (a, b) = (root(other), root(index))
            if a != b { parent[max(a, b)] = min(a, b) }
          } else {
            owner[key] = index
          }
        }
      }
      var components: [Int: [Int]] = [:]
      for index in entities.indices { components[root(index), default: []].append(index) }
      for members in components.values.sorted(by: { $0[0] < $1[0] }) where members.count > 1 {
        let best = members.min { MentionResolver.isBetterName(entities[$0].name, entities[$1].name) }
          ?? members[0]
        for member in members where member != best {
          graph.mergeEntity(entities[member].id, into: entities[best].id)
          notes.append("merged \(entities[member].id) into \(entities[best].id): they share a name")
        }
      }
    }
    return notes
  }

  private func words(_ name: String) -> [String] {
    Gazetteer.words(of: name)
  }
}
