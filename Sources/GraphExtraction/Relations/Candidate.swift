import KnowledgeGraphCore

/// A relation a rule proposes, before its signature is checked.
struct Candidate: Hashable {
  var subject: EntityID
  var predicate: Relation.Predicate
  var object: EntityID
  var confidence: Double
  /// The rule's name, recorded in ``KnowledgeGraphCore/Relation/sources``.
  var rule: String
  var sentence: Int
  /// The span of the words that state the relation, in Unicode scalars.
  var start: Int
  var end: Int
  var attributes: [String: String] = [:]
}

/// Words that may stand between a subject and its verb without changing who acts.
let subjectGapWords: Set<String> = [
  "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must",
  "did", "does", "do", "also", "again", "then", "later", "previously", "recently", "reportedly",
  "allegedly", "formally", "officially", "publicly", "repeatedly", "strongly", "sharply",
  "already", "once", "first", "now", "jointly", "personally", "directly", "today", "yesterday",
  "is", "are", "was", "were", "be", "been", "being", "has been", "openly", "subsequently",
  "immediately", "eventually", "finally", "further", "even", "still", "both", "all", "each",
  "frequently", "often", "swiftly", "quickly", "effectively",
]

/// Words that make the statement that follows them untrue or unreal.
let negationWords: Set<String> = [
  "not", "n't", "never", "no", "denied", "denies", "deny", "refused", "refuses", "declined",
]

/// Forms of "to be" that mark a passive.
let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has been"]
