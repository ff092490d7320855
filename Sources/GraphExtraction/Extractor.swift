public import KnowledgeGraphCore
import Dispatch
import Synchronization

/// The result of extracting a graph from documents.
public struct Extraction: Hashable, Sendable {
  /// The merged graph of every document.
  public var graph: KnowledgeGraph
  /// Human-readable lines saying which candidates were dropped or merged and why, for
  /// `--explain`; sorted, so they do not depend on the order of the documents.
  public var dropped: [String]

  /// An extraction of `graph`, with the explanations in `dropped`.
  public init(graph: KnowledgeGraph = KnowledgeGraph(), dropped: [String] = []) {
    self.graph = graph
    self.dropped = dropped
  }
}

/// Turns English news documents into one knowledge graph.
///
/// Per document: boilerplate masking (``BoilerplateFilter``), sentence splitting
/// (``Tokenizer``), entity recognition and within-document coreference
/// (``EntityRecognizer``), then relation extraction; the documents' graphs are then joined
/// and the same entities across documents merged (``CrossDocumentResolver``).
///
/// The result depends only on the set of documents: they are processed in order of their
/// identifiers (concurrently when there are several) and every merge is order-independent.
public struct Extractor: Sendable {
  /// Choices that change what is extracted.
  public struct Options: Sendable {
    /// The names the recogniser knows.
    public var gazetteer: Gazetteer = .builtIn
    /// A statistical tagger that adds names the gazetteer and rules miss, if any; by default
    /// the ``EntityTagger`` shipped with the module, when its model is present.
    public var tagger: (any NameTagger)? = Options.builtInTagger
    /// Whether to mask cookie banners, navigation, photo credits and repeated captions.
    public var masksBoilerplate = true
    /// Whether to merge the same entity across documents ("Trump" and "Donald Trump").
    public var resolvesAcrossDocuments = true
    /// How many documents to analyse at once; 1 reads them one after the other.
    public var maximumConcurrency = 2

    /// The default choices: the built-in gazetteer and tagger, boilerplate masked, documents
    /// merged across, two at a time.
    public init() {}

    /// The module's own ``EntityTagger`` as a ``NameTagger``, or `nil` if its model is missing.
    public static let builtInTagger: (any NameTagger)? = {
      guard let tagger = try? EntityTagger.builtIn() else { return nil }
      return TrainedNameTagger(tagger: tagger)
    }()
  }

  /// What this extractor does.
  public var options: Options

  /// An extractor with the given choices.
  public init(options: Extractor.Options = .init()) {
    self.options = options
  }

  /// Boilerplate masking, sentences and entity recognition for one document: its sentences
  /// with their mentions, and the graph of its entities and of the document itself.
  public func analyze(_ document: SourceDocument) -> AnalyzedDocument {
    analyzeExplaining(document).document
  }

  /// The graph of `documents`, merged, with the reasons candidates were dropped.
  public func extract(_ documents: [SourceDocument]) -> Extraction {
    let sorted = documents.sorted { ($0.id, $0.text) < ($1.id, $1.text) }
    let results = Mutex<[Int: Extraction]>([:])
    let workers = max(1, min(options.maximumConcurrency, sorted.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < sorted.count {
        let result = extractOne(sorted[index])
        results.withLock { $0[index] = result }
        index += workers
      }
    }
    var graph = KnowledgeGraph()
    var dropped: [String] = []
    // Taken out of the lock and out of the table, each document's graph is merged as the only
    // copy of itself.
    var collected: [Int: Extraction] = [:]
    results.withLock { swap(&collected, &$0) }
    for index in sorted.indices {
      guard var result = collected.removeValue(forKey: index) else { continue }
      dropped += result.dropped
      // The union with an empty graph is the graph itself: one document's graph is kept whole.
      graph.formUnion(emptying: &result.graph)
    }
    if options.resolvesAcrossDocuments, sorted.count > 1 {
      dropped += CrossDocumentResolver().resolve(&graph).map { "collection: \($0)" }
    }
    return Extraction(graph: graph, dropped: dropped.sorted())
  }

  /// Each document's own graph, as `documents.map { extract([$0]) }` gives them, extracting
  /// up to ``Options/maximumConcurrency`` documents at once.
  public func extractEach(_ documents: [SourceDocument]) -> [Extraction] {
    let results = Mutex<[Int: Extraction]>([:])
    let workers = max(1, min(options.maximumConcurrency, documents.count))
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < documents.count {
        let result = extract([documents[index]])
        results.withLock { $0[index] = result }
        index += workers
      }
    }
    let collected = results.withLock { $0 }
    return documents.indices.map { collected[$0] ?? Extraction() }
  }

  /// The relation extractor with the standard rules, built once (its rule indexes are not free).
  private static let relationExtractor = RelationExtractor()

  /// One document's graph: its entities and, once relation extraction runs, its relations.
  private func extractOne(_ document: SourceDocument) -> Extraction {
    let (analyzed, notes) = analyzeExplaining(document)
    let relations = Self.relationExtractor.extract(from: analyzed)
    // The relation graph holds the document's entities too, with recognised events merged
    // into the dated events they name.
    return Extraction(graph: relations.graph, dropped: notes + relations.dropped)
  }

  private func analyzeExplaining(_ document: SourceDocument) -> (document: AnalyzedDocument, notes: [String]) {
    var notes: [String] = []
    var text = document.text
    var scalars: [Unicode.Scalar]?
    if options.masksBoilerplate {
      let (filtered, filteredScalars) = BoilerplateFilter().filterKeepingScalars(document.text)
      text = filtered.text
      scalars = filteredScalars
      notes += filtered.removed.map { "\(document.id): \($0)" }
    }
    let recognizer = EntityRecognizer(gazetteer: options.gazetteer, tagger: options.tagger)
    let (analyzed, recognitionNotes) = recognizer.analyzeExplaining(
      document, text: text, scalars: scalars)
    return (analyzed, notes + recognitionNotes)
  }
}

/// Hands a trained ``EntityTagger``'s mentions to the recogniser as name spans.
///
/// Events are left out: named events come from the gazetteer and dated ones from the event
/// rules of relation extraction, which need the event's words free.
struct TrainedNameTagger: NameTagger {
  let tagger: EntityTagger

  func nameSpans(in sentence: Sentence) -> [NameSpan] {
    let mentions = tagger.mentions(in: sentence)
    var spans: [NameSpan] = []
    spans.reserveCapacity(mentions.count)
    // Event spans are left to the event rules, which date them and find their participants.
    for mention in mentions where mention.label != .event {
      spans.append(
        NameSpan(
          tokenRange: mention.tokenRange, kind: mention.label.entityKind,
          confidence: mention.confidence))
    }
    return spans
  }
}
