import GraphvizRendering
import Testing

@Suite struct RenderingErrorTests {
  @Test func namesTheStage() {
    let error = RenderingError(stage: .parsing, message: "syntax error in line 1")
    #expect(error.description == "Graphviz parsing failed: syntax error in line 1")
  }
}
