import GraphExtraction
import KnowledgeGraphCore
import Testing

@Suite struct SourceDocumentTests {
  @Test func keepsItsDate() {
    let document = SourceDocument(id: "a", text: "Hello.", date: PartialDate(iso: "2025-06-05"))
    #expect(document.date?.description == "2025-06-05")
  }
}
