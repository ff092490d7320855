import Foundation
import GraphSerialization
import Testing

/// The files under `graphs/` that publish the vocabulary and context must match the code.
///
/// Run with `RECORD_GRAPHS=1` to rewrite them; the test then fails once so a recording run is
/// never mistaken for a pass.
@Suite struct PublishedFilesTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  private func expectFile(_ actual: String, at relativePath: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = Self.packageRoot.appendingPathComponent(relativePath)
    if ProcessInfo.processInfo.environment["RECORD_GRAPHS"] != nil {
      try actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record("Recorded \(relativePath)", sourceLocation: sourceLocation)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "\(relativePath) is stale: run RECORD_GRAPHS=1 swift test --filter PublishedFilesTests", sourceLocation: sourceLocation)
  }

  @Test func vocabularyFileIsUpToDate() throws {
    try expectFile(JSONLDWriter.vocabularyDocument(), at: "graphs/vocabulary.jsonld")
  }

  @Test func contextFileIsUpToDate() throws {
    try expectFile(JSONLDWriter().contextDocument(), at: "graphs/context.jsonld")
  }

  @Test func vocabularyDescribesEveryPredicate() throws {
    let object = try JSONSerialization.jsonObject(with: Data(JSONLDWriter.vocabularyDocument().utf8))
    let graph = try #require((object as? [String: Any])?["@graph"] as? [[String: Any]])
    let ids = Set(graph.compactMap { $0["@id"] as? String })
    #expect(ids.contains("kgv:leaderOf"))
    let participant = try #require(graph.first { $0["@id"] as? String == "kgv:participant" })
    #expect(participant["equivalentProperty"] as? String == "schema:attendee")
    #expect(participant["domainIncludes"] as? [String] == ["schema:Event"])
  }
}
