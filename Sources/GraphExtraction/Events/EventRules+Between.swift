import KnowledgeGraphCore

/// The parties an event's "between" names, whatever their kinds and however they are
/// described: "the deal between President Ruto and the IMF", "a deal between Acme and its
/// rival Globex", "the agreement, between Kenya and the World Bank, …".
extension EventRules {
  private static let partyOwners: Set<String> = ["its", "his", "her", "their"]

  /// Adds to each event noun followed by "between" every actor coordinated after it.
  func addBetweenParties(_ events: inout [EventMention]) {
    for index in events.indices where !events[index].isVerbal && !events[index].isAttendance {
      var cursor = events[index].triggerRange.upperBound
      if view.word(cursor) == "," { cursor += 1 }
      guard view.word(cursor) == "between" else { continue }
      cursor += 1
      let limit = min(view.count, cursor + 20)
      var parties: [Slot] = []
      var joined = false
      var expectsParty = true
      var descriptorWords = 0
      while cursor < limit {
        if expectsParty {
          let titled = view.skipTitle(from: cursor)
          if let slot = view.slot(startingAt: titled) {
            guard slot.isActor, !slot.isDemonym else { break }
            parties.append(slot)
            cursor = slot.tokenRange.upperBound
            expectsParty = false
            descriptorWords = 0
            continue
          }
          let word = view.lower[cursor]
          // "the IMF", "its rival Globex": an article, or an owner and up to two words.
          if word == "the" || word == "both" {
            cursor += 1
            continue
          }
          if Self.partyOwners.contains(word) {
            descriptorWords = 1
            cursor += 1
            continue
          }
          if descriptorWords > 0, descriptorWords <= 2,
            view.tokens[cursor].text.first?.isLowercase == true
          {
            descriptorWords += 1
            cursor += 1
            continue
          }
          break
        }
        // "A and B" ends the list; "A, B and C" goes on.
        if joined { break }
        let word = view.lower[cursor]
        if word == "and" || word == "&" {
          joined = true
        } else if word != "," {
          break
        }
        expectsParty = true
        cursor += 1
      }
      guard parties.count >= 2 else { continue }
      var known = Set(events[index].participants.map(\.entity))
      for slot in parties {
        for id in slot.entities where known.insert(id).inserted {
          events[index].participants.append(occurrenceRole(id, slot, slot.isReference ? 0.65 : 0.75))
        }
      }
    }
  }
}

extension EventRules {
  /// "During his visit to Tokyo, Olaf Scholz met …": a trip owned by "his" or "her" in a
  /// phrase that opens the sentence is the trip of the person the main clause starts with.
  func addFrontedTraveller(_ events: inout [EventMention]) {
    for index in events.indices where events[index].type == .visit
      && events[index].participants.isEmpty && !events[index].isVerbal
    {
      let phrase = events[index].phraseRange
      guard ["his", "her"].contains(view.word(phrase.lowerBound - 1)),
        ["during", "on", "after", "before", "ahead", "throughout", "in"].contains(view.word(0)),
        phrase.lowerBound <= 6,
        let comma = (phrase.upperBound..<min(view.count, phrase.upperBound + 10))
          .first(where: { view.lower[$0] == "," }),
        !(phrase.upperBound..<comma).contains(where: { [".", ";"].contains(view.lower[$0]) }),
        let person = view.slot(startingAt: view.skipTitle(from: comma + 1)),
        person.kinds == [.person]
      else { continue }
      events[index].participants.append(occurrenceRole(person.entities[0], person, 0.7))
    }
  }
}
