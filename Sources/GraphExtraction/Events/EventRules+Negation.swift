/// Events a sentence says did not happen: "talks ended without agreement", "there was no
/// deal", "failed to reach a truce", "did not sign the accord".
extension EventRules {
  /// Words between a negation and the event's noun: "without a formal agreement".
  private static let negatedDeterminers: Set<String> = [
    "a", "an", "any", "the", "final", "formal", "firm", "lasting", "new", "single",
  ]
  /// Verbs that bring about an agreement or talks: "reach", "sign", "hold".
  private static let bringingVerbs: Set<String> = [
    "reach", "reaching", "sign", "signing", "strike", "striking", "conclude", "concluding",
    "agree", "agreeing", "seal", "sealing", "secure", "securing", "hold", "holding", "clinch",
    "finalize", "finalise", "broker", "brokering", "produce", "yield", "yielding",
  ]
  /// Words before "to reach" that deny it: "failed to reach", "were unable to sign".
  private static let failureWords: Set<String> = [
    "failed", "fail", "fails", "failing", "unable", "refused", "refuse", "refuses", "declined",
  ]

  /// Whether the sentence denies the event `mention` names. A named event ("refused to sign
  /// the Paris Agreement") exists whatever was done with it.
  func isNegated(_ mention: EventMention) -> Bool {
    guard !mention.isVerbal, !mention.isAttendance, mention.recognizedID == nil,
      mention.properName == nil
    else { return false }
    var cursor = mention.phraseRange.lowerBound - 1
    while cursor >= 0, Self.negatedDeterminers.contains(view.lower[cursor]) { cursor -= 1 }
    let word = view.word(cursor)
    if word == "without" || word == "no" { return true }
    guard Self.bringingVerbs.contains(word) else { return false }
    let before = view.word(cursor - 1)
    if ["not", "n't", "never", "without", "no"].contains(before) { return true }
    return before == "to" && Self.failureWords.contains(view.word(cursor - 2))
  }
}
