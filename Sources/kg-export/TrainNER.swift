import ArgumentParser
import Foundation
import GraphExtraction

/// `kg-export train-ner`: trains the entity tagger on token-per-line files.
struct TrainNER: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train-ner",
    abstract: "Train the named-entity tagger on token-per-line files.",
    discussion: """
      Files hold 'token<TAB>tag' lines with a blank line between sentences; the tag set \
      (conll, crossner or native) is guessed per file. Training is deterministic for a \
      given seed. Dev files are scored after every epoch and the best epoch is kept \
      (early stopping); they are never trained on.
      """
  )

  @Option(name: .long, parsing: .upToNextOption, help: "Training files.")
  var train: [String]

  @Option(
    name: .long, parsing: .upToNextOption,
    help: "How many times each --train file is used per epoch, in the same order (default 1).")
  var `repeat`: [Int] = []

  @Option(name: .long, parsing: .upToNextOption, help: "Development files, scored per epoch.")
  var dev: [String] = []

  @Option(name: .long, help: "Where to write the model.")
  var output: String

  @Option(name: .long, help: "Passes over the training data.")
  var epochs: Int = 12

  @Option(name: .long, help: "Seed for shuffling.")
  var seed: UInt64 = 1

  @Option(name: .long, help: "Training runs with seeds S, S+1, …, whose weights are averaged.")
  var runs: Int = 1

  @Option(name: .long, help: "The weight table has 2^bits rows.")
  var tableBits: Int = 20

  @Option(name: .long, help: "Drop weights below this fraction of the largest.")
  var prune: Float = 0

  func validate() throws {
    guard !train.isEmpty else { throw ValidationError("give at least one --train file") }
    guard self.repeat.count <= train.count, self.repeat.allSatisfy({ $0 >= 1 }) else {
      throw ValidationError("--repeat takes one count ≥ 1 per --train file")
    }
    guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
    guard (8...24).contains(tableBits) else { throw ValidationError("--table-bits in 8...24") }
    guard (0..<1).contains(prune) else { throw ValidationError("--prune in [0, 1)") }
  }

  func run() throws {
    var sentences: [LabeledSentence] = []
    for (index, path) in train.enumerated() {
      let (bytes, name) = try NERIO.read(path)
      let file = try NERIO.reportingDataErrors { try CoNLLReader.readLabeled(bytes, source: name) }
      let times = index < self.repeat.count ? self.repeat[index] : 1
      for _ in 0..<times { sentences += file.sentences }
      NERIO.printError(
        "\(name): \(file.sentences.count) sentences (\(file.scheme.rawValue) tags) ×\(times)")
    }
    var development: [[LabeledSentence]] = []
    for path in dev {
      let (bytes, name) = try NERIO.read(path)
      development.append(
        try NERIO.reportingDataErrors { try CoNLLReader.readLabeled(bytes, source: name) }.sentences
      )
    }
    let trainer = EntityTaggerTrainer(
      epochs: epochs, seed: seed, runs: runs, tableBits: tableBits, pruneFraction: prune)
    let devNames = dev
    let tagger = trainer.train(sentences, development: development) { report in
      var line =
        "run \(report.run) epoch \(report.epoch): \(report.mistakes) training sentences wrong"
      for (name, evaluation) in zip(devNames, report.development) {
        line += "; \(name) F1 \(String(format: "%.4f", evaluation.micro.f1))"
      }
      print(line)
    }
    let bytes = tagger.modelData()
    do {
      try Data(bytes).write(to: URL(filePath: output))
    } catch {
      NERIO.printError("cannot write '\(output)': \(error.localizedDescription)")
      throw NERExit.cannotCreate
    }
    print("wrote \(output) (\(bytes.count) bytes)")
    for (name, set) in zip(dev, development) {
      var evaluation = NEREvaluation()
      for sentence in set {
        evaluation.add(gold: sentence.tags, predicted: tagger.tag(sentence.tokens))
      }
      print(
        "\(name) (final, quantized model): micro F1 \(String(format: "%.4f", evaluation.micro.f1))")
    }
  }
}
