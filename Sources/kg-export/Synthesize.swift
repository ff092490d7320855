import ArgumentParser
import Foundation
import GraphSerialization
import KnowledgeGraphCore

extension KGExport {
  /// `kg-export synthesize` (hidden): builds a large random graph for benchmarks and writes it.
  struct Synthesize: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Build a synthetic graph of a given size and write it (for benchmarks).",
      shouldDisplay: false)

    @Option(name: .customLong("entity-count"), help: "Number of entities.") var entities = 100_000
    @Option(name: .customLong("relation-count"), help: "Number of relations.") var relations = 500_000
    @Option(name: .customLong("document-count"), help: "Number of source documents.") var documents = 1_000
    @Option(help: "Seed of the pseudo-random generator.") var seed: UInt64 = 1
    @OptionGroup var export: ExportOptions
    @Option(name: .shortAndLong, help: "The directory to write; nothing is written without it.")
    var output: String?
    @Option(help: "Base name of the files written.") var name = "synthetic"

    mutating func validate() throws {
      guard entities >= 2 else { throw ValidationError("--entity-count must be at least 2") }
      guard relations >= 0, documents >= 1 else { throw ValidationError("sizes must be positive") }
    }

    func run() throws {
      let clock = ContinuousClock()
      let start = clock.now
      let graph = SyntheticGraph.make(
        entities: entities, relations: relations, documents: documents, seed: seed)
      let built = clock.now
      report("built \(graph.entityCount) entities, \(graph.relationCount) relations in \(seconds(built - start)) s (CPU \(cpuSeconds()) s so far)")
      let sortStart = clock.now
      let sortCPU = cpuSeconds()
      let sortedCount = {
        let sorted = graph.sortedContents()
        return sorted.entities.count + sorted.relations.count
      }()
      report("sorting \(sortedCount) entities and relations (done once by most writers) takes \(seconds(clock.now - sortStart)) s, CPU \(String(format: "%.3f", cpuSeconds() - sortCPU)) s")
      guard let output else { return }
      try reportingErrors {
      for format in export.formats {
        let before = clock.now
        let beforeCPU = cpuSeconds()
        try CommandLineIO.writeExports(
          graph, export: export.with(formats: [format]), output: output.hasSuffix("/") ? output : output + "/",
          toStandardOutput: false, baseName: name)
        let paths = format.fileNames(base: name).map { (output as NSString).appendingPathComponent($0) }
        let bytes = paths.reduce(0) {
          $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0)
        }
        report("wrote \(format) \(bytes) bytes in \(seconds(clock.now - before)) s, CPU \(String(format: "%.3f", cpuSeconds() - beforeCPU)) s")
      }
      }
    }

    private func seconds(_ duration: Duration) -> String {
      let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
      return String(format: "%.3f", value)
    }

    /// User plus system CPU time of this process, in seconds: steadier than wall time on a
    /// shared machine.
    private func cpuSeconds() -> Double {
      var usage = rusage()
      #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
      #else
        getrusage(RUSAGE_SELF, &usage)
      #endif
      return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    private func report(_ line: String) {
      FileHandle.standardError.write(Data(("synthesize: " + line + "\n").utf8))
    }
  }
}

extension ExportOptions {
  func with(formats: [OutputFormat]) -> ExportOptions {
    var copy = self
    copy.formats = formats
    return copy
  }
}

/// A deterministic random graph whose entities, relations and evidence look like extractor output.
enum SyntheticGraph {
  private static let syllables = [
    "ka", "lo", "mi", "ren", "sa", "tor", "vi", "zu", "an", "bel", "cor", "da", "el", "fin",
    "gar", "ho", "is", "jo", "ku", "lan", "mor", "ne", "os", "pra", "qui", "ro", "sen", "ta",
  ]

  static func make(entities count: Int, relations relationCount: Int, documents documentCount: Int, seed: UInt64)
    -> KnowledgeGraph
  {
    var random = SplitMix64(seed: seed)
    func word() -> String {
      let parts = (0..<Int.random(in: 2...3, using: &random)).map { _ in syllables.randomElement(using: &random) ?? "ka" }
      let text = parts.joined()
      return text.prefix(1).uppercased() + text.dropFirst()
    }
    var graph = KnowledgeGraph()
    for index in 0..<documentCount {
      graph.insert(Document(
        id: "doc-\(index)", headline: "\(word()) and \(word()) report \(index)",
        date: PartialDate(year: 2020 + index % 6, month: 1 + index % 12, day: 1 + index % 28),
        source: "synthetic/doc-\(index).txt"))
    }
    let kinds: [Entity.Kind] = [.person, .person, .person, .person, .organization, .organization, .place, .event, .event, .country]
    var ids: [EntityID] = []
    var kindsByIndex: [Entity.Kind] = []
    ids.reserveCapacity(count)
    for index in 0..<count {
      let kind = index < 200 ? .country : kinds[index % kinds.count]
      let name = "\(word()) \(word()) \(index)"
      var entity: Entity
      if kind == .event {
        let date = PartialDate(year: 2024, month: 1 + index % 12, day: 1 + index % 28)
        entity = Entity(.event, id: EntityID(eventNamed: name, date: date), named: name)
        entity.date = date
        entity.eventType = Entity.EventType.allCases[index % Entity.EventType.allCases.count]
      } else {
        entity = Entity(kind, named: name, aliases: [name.components(separatedBy: " ")[0]])
      }
      if kind == .organization {
        entity.organizationType = Entity.OrganizationType.allCases[index % Entity.OrganizationType.allCases.count]
      }
      if kind == .place { entity.placeType = Entity.PlaceType.allCases[index % Entity.PlaceType.allCases.count] }
      let document = "doc-\(index % documentCount)"
      let start = (index * 37) % 5_000
      entity.mentions = [Evidence(documentID: document, sentenceIndex: start / 120, start: start,
                                  end: start + name.unicodeScalars.count, quote: name)]
      ids.append(graph.insert(entity))
      kindsByIndex.append(kind)
    }
    let definitions = RelationVocabulary.standard.definitions
    var attempts = 0
    while graph.relationCount < relationCount, attempts < relationCount * 20 {
      attempts += 1
      let subject = Int.random(in: 0..<count, using: &random)
      let object = Int.random(in: 0..<count, using: &random)
      guard subject != object else { continue }
      let fitting = definitions.filter { $0.accepts(subject: kindsByIndex[subject], object: kindsByIndex[object]) }
      guard let definition = fitting.randomElement(using: &random) else { continue }
      let document = "doc-\(Int.random(in: 0..<documentCount, using: &random))"
      let start = Int.random(in: 0..<5_000, using: &random)
      let quote = "\(word()) \(definition.label) \(word())"
      let evidence = Evidence(documentID: document, sentenceIndex: start / 120, start: start,
                              end: start + quote.unicodeScalars.count, quote: quote)
      graph.insert(Relation(
        ids[subject], definition.predicate, ids[object],
        confidence: Double(Int.random(in: 30...100, using: &random)) / 100, evidence: [evidence],
        sources: ["synthetic-rule-\(Int.random(in: 1...9, using: &random))"]))
    }
    return graph
  }
}
