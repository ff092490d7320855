import ArgumentParser
import GraphExtraction

/// `kg-export evaluate-ner`: scores the named-entity tagger on a gold file.
struct EvaluateNER: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate-ner",
    abstract: "Score the named-entity tagger against a gold token-per-line file.",
    discussion: """
      Prints exact-match precision, recall and F1 per coarse class (Person, Organization, \
      Location, Event) and micro-averaged. Country and Place both count as Location; misc \
      is not scored.
      """
  )

  @Option(name: .long, help: "The gold file: 'token<TAB>tag' lines.")
  var gold: String

  @Option(
    name: .long, help: "How to read the gold tags: conll, crossner or native (default: guess).")
  var map: String?

  @Option(name: .long, help: "A model file instead of the built-in model.")
  var model: String?

  func validate() throws {
    if let map, TagScheme(rawValue: map) == nil {
      throw ValidationError("--map must be conll, crossner or native, not '\(map)'")
    }
  }

  func run() throws {
    let scheme = map.flatMap(TagScheme.init(rawValue:))
    let (bytes, name) = try NERIO.read(gold)
    let file = try NERIO.reportingDataErrors {
      try CoNLLReader.readLabeled(bytes, source: name, scheme: scheme)
    }
    let tagger = try NERIO.tagger(model: model)
    var evaluation = NEREvaluation()
    for sentence in file.sentences {
      evaluation.add(gold: sentence.tags, predicted: tagger.tag(sentence.tokens))
    }
    print("\(name): \(file.sentences.count) sentences, \(file.scheme.rawValue) tags")
    print(evaluation)
  }
}
