import Foundation
import GraphvizRendering
import Testing

/// Small graphs shared by the renderer tests.
enum Samples {
  static let news = """
    digraph "knowledge-graph" {
      "person/xi-jinping" [label="习近平", shape=ellipse];
      "person/donald-trump" [label="Donald Trump", shape=ellipse];
      "country/china" [label="China", shape=box];
      "country/united-states" [label="United States", shape=box];
      "person/xi-jinping" -> "country/china" [label="leaderOf"];
      "person/donald-trump" -> "country/united-states" [label="leaderOf"];
      "person/donald-trump" -> "person/xi-jinping" [label="metWith"];
    }
    """

  static let triangle = "digraph T { a -> b; b -> c; c -> a }"

  /// A deterministic chain of `count` nodes, cheap for every engine.
  static func chain(_ count: Int, name: String = "Chain") -> String {
    var lines = ["digraph \(name) {"]
    for index in 1..<count { lines.append("  n\(index - 1) -> n\(index);") }
    lines.append("}")
    return lines.joined(separator: "\n")
  }
}

/// Whether `bytes` look like a file in `format`.
func hasSignature(_ bytes: [UInt8], of format: GraphvizRenderer.Format) -> Bool {
  func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
  let text = String(decoding: bytes.prefix(4096), as: UTF8.self)
  switch format {
  case .svg: return text.hasPrefix("<?xml") && text.contains("<svg")
  case .svgz: return starts([0x1F, 0x8B])
  case .png: return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  case .jpeg: return starts([0xFF, 0xD8, 0xFF])
  case .gif: return text.hasPrefix("GIF87a") || text.hasPrefix("GIF89a")
  case .webp: return text.hasPrefix("RIFF") && bytes.dropFirst(8).starts(with: Array("WEBP".utf8))
  case .pdf: return text.hasPrefix("%PDF-")
  case .ps: return text.hasPrefix("%!PS-Adobe")
  case .eps: return text.hasPrefix("%!PS-Adobe") && text.contains("EPSF")
  case .json, .json0, .dotJSON, .xdotJSON:
    let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    return object?["name"] as? String == "knowledge-graph"
  case .xdot: return text.hasPrefix("digraph") && text.contains("_draw_")
  case .dot, .gv: return text.hasPrefix("digraph") && text.contains("pos=")
  case .canon: return text.hasPrefix("digraph") && !text.contains("pos=")
  case .plain, .plainExt: return text.hasPrefix("graph ") && text.hasSuffix("stop\n")
  case .fig: return text.hasPrefix("#FIG 3.2")
  }
}

@Suite(.serialized) struct GraphvizRendererTests {
  @Test func listsTheCommonFormatsAndEngines() throws {
    let formats = try GraphvizRenderer.availableFormats()
    for required: GraphvizRenderer.Format in [.svg, .png, .pdf, .ps, .json, .xdot, .plain, .dot] {
      #expect(formats.contains(required))
    }
    #expect(try GraphvizRenderer.availableLayouts() == GraphvizRenderer.Layout.allCases)
  }

  @Test func everyAvailableFormatHasItsSignature() throws {
    let renderer = GraphvizRenderer()
    for format in try GraphvizRenderer.availableFormats() {
      let bytes = try renderer.render(dot: Samples.news, as: format)
      #expect(hasSignature(bytes, of: format), "\(format.rawValue) output has a wrong signature")
    }
  }

  @Test(arguments: GraphvizRenderer.Layout.allCases)
  func sameSourceGivesSameBytesForEveryEngine(_ layout: GraphvizRenderer.Layout) throws {
    let renderer = GraphvizRenderer(layout: layout)
    let first = try renderer.render(dot: Samples.news, as: .svg)
    _ = try GraphvizRenderer(layout: .sfdp).render(dot: Samples.chain(40), as: .svg)
    let second = try renderer.render(dot: Samples.news, as: .svg)
    #expect(first == second)
    #expect(hasSignature(first, of: .svg))
  }

  @Test func nonLatinLabelsAppearAsTextInSVG() throws {
    let svg = String(
      decoding: try GraphvizRenderer().render(dot: Samples.news, as: .svg), as: UTF8.self)
    #expect(svg.contains(">习近平</text>"))
    #expect(svg.contains(">Donald Trump</text>"))
  }

  @Test func reportsGraphvizParserMessages() throws {
    let error = try #require(throws: RenderingError.self) {
      try GraphvizRenderer().render(dot: "digraph G { a -> }", as: .svg)
    }
    #expect(error.stage == .parsing)
    #expect(error.message == "syntax error in line 1 near '}'")
  }

  @Test func reportsUnterminatedStrings() throws {
    let error = try #require(throws: RenderingError.self) {
      try GraphvizRenderer().render(dot: "digraph G { a [label=\"oops] }", as: .svg)
    }
    #expect(error.stage == .parsing)
    #expect(error.message.contains("missing endquote"))
  }

  @Test func emptyInputIsAnError() throws {
    for source in ["", "  \n", "/* only a comment */"] {
      let error = try #require(throws: RenderingError.self) {
        try GraphvizRenderer().render(dot: source, as: .svg)
      }
      #expect(error == RenderingError(stage: .parsing, message: "no graph found in the input"))
    }
  }

  @Test func rejectsASecondGraphAndDoesNotLeakItIntoTheNextRender() throws {
    let error = try #require(throws: RenderingError.self) {
      try GraphvizRenderer().render(dot: "digraph First { a } digraph Second { b }", as: .plain)
    }
    #expect(error.stage == .parsing)
    #expect(error.message.contains("2 graphs"))
    let next = String(
      decoding: try GraphvizRenderer().render(dot: "digraph Third { c }", as: .plain),
      as: UTF8.self)
    #expect(next.contains("node c "))
    #expect(!next.contains("node b "))
  }

  @Test func rejectsTrailingJunkAndRecovers() throws {
    let error = try #require(throws: RenderingError.self) {
      try GraphvizRenderer().render(dot: "digraph Junk { a } }", as: .svg)
    }
    #expect(error.stage == .parsing)
    #expect(error.message.contains("after the first graph"))
    #expect(error.message.contains("syntax error"))
    let svg = try GraphvizRenderer().render(dot: "digraph Valid { v }", as: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>v</title>"))
  }

  @Test func reportsLabelErrorsThatGvLayoutDoesNotReturn() throws {
    let error = try #require(throws: RenderingError.self) {
      try GraphvizRenderer().render(dot: "digraph G { a [label=<<b>x</i>>] }", as: .svg)
    }
    #expect(error.stage == .parsing)
    #expect(error.message.contains("mismatched tag"))
  }

  @Test func aFailedRenderDoesNotPoisonTheNext() throws {
    let renderer = GraphvizRenderer()
    let before = try renderer.render(dot: Samples.news, as: .svg)
    let failing = [
      "digraph G { a -> }", "digraph G { a [label=<<b>x</i>>] }", "digraph A { a } digraph B { b }",
      "graph G { a -> b }", "",
    ]
    for source in failing {
      #expect(throws: RenderingError.self) { try renderer.render(dot: source, as: .svg) }
      #expect(try renderer.render(dot: Samples.news, as: .svg) == before)
    }
  }

  @Test func warningsDoNotFailTheRender() throws {
    let svg = try GraphvizRenderer().render(
      dot: "digraph G { a [shape=hexagonx, color=notacolor] }", as: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>a</title>"))
  }

  @Test func namesUnknownAndUnsafeFormatsAndEngines() throws {
    #expect(try GraphvizRenderer.Format(named: "SVG") == .svg)
    #expect(try GraphvizRenderer.Format(named: "jpg") == .jpeg)
    #expect(try GraphvizRenderer.Layout(named: "neato") == .neato)

    let unknown = try #require(throws: RenderingError.self) {
      try GraphvizRenderer.Format(named: "bogus")
    }
    #expect(unknown.stage == .options)
    #expect(unknown.message.hasPrefix("unknown format 'bogus'; use one of: svg, svgz, png"))
    for unsafe in ["gtk", "x11", "xlib", "vdx", "vrml", "gd", "gd2", "ico", "ismap"] {
      let error = try #require(throws: RenderingError.self) {
        try GraphvizRenderer.Format(named: unsafe)
      }
      #expect(error.message.contains("is not drawn in process because"))
      #expect(error.message.contains("use one of: svg"))
    }
    let engine = try #require(throws: RenderingError.self) {
      try GraphvizRenderer.Layout(named: "nop")
    }
    #expect(
      engine.message
        == "unknown layout engine 'nop'; use one of: dot, neato, fdp, sfdp, circo, twopi, osage, patchwork"
    )
  }

  @Test func rejectsInvalidOptions() throws {
    let renderers = [
      GraphvizRenderer(dpi: 0), GraphvizRenderer(dpi: .nan),
      GraphvizRenderer(size: .init(width: -1, height: 2)), GraphvizRenderer(maxNodes: 0),
    ]
    for renderer in renderers {
      let error = try #require(throws: RenderingError.self) {
        try renderer.render(dot: Samples.triangle, as: .svg)
      }
      #expect(error.stage == .options)
    }
  }

  @Test func theRequestedEngineWinsOverTheSourceLayoutAttribute() throws {
    let source = "digraph G { layout=circo; a -> b; b -> c; c -> a }"
    let withAttribute = try GraphvizRenderer(layout: .dot).render(dot: source, as: .plain)
    let plainDot = try GraphvizRenderer(layout: .dot).render(
      dot: Samples.triangle.replacingOccurrences(of: "T", with: "G"), as: .plain)
    #expect(withAttribute == plainDot)
  }

  @Test func automaticModeSwitchesLargeGraphsToSFDP() throws {
    let limit = GraphvizRenderer.SizeLimit(nodes: 50, edges: 100)
    let small = try GraphvizRenderer(largeGraphLimit: limit).draw(dot: Samples.chain(50), as: .svg)
    #expect(small.layout == .dot)
    let large = try GraphvizRenderer(largeGraphLimit: limit).draw(dot: Samples.chain(51), as: .svg)
    #expect(large.layout == .sfdp)
    #expect(large.nodeCount == 51 && large.edgeCount == 50)
    let asked = try GraphvizRenderer(layout: .dot).draw(dot: Samples.chain(51), as: .svg)
    #expect(asked.layout == .dot)
    let neato = try GraphvizRenderer(layout: .neato, largeGraphLimit: limit)
      .draw(dot: Samples.chain(51), as: .svg)
    #expect(neato.layout == .neato)
  }

  @Test func maxNodesKeepsTheBestConnectedNodes() throws {
    // Hub h has 5 edges, a and b have 2 each (a -> b too), the leaves have 1.
    let source = "digraph S { h -> a; h -> b; h -> l1; h -> l2; h -> l3; a -> b }"
    let drawing = try GraphvizRenderer(maxNodes: 3).draw(dot: source, as: .plain)
    #expect(drawing.nodeCount == 6 && drawing.edgeCount == 6)
    #expect(drawing.omittedNodes == 3 && drawing.omittedEdges == 3)
    let text = String(decoding: drawing.bytes, as: UTF8.self)
    let nodes = text.split(separator: "\n").filter { $0.hasPrefix("node ") }
      .map { $0.split(separator: " ")[1] }
    #expect(nodes == ["h", "a", "b"])

    let untouched = try GraphvizRenderer(maxNodes: 6).draw(dot: source, as: .plain)
    #expect(untouched.omittedNodes == 0 && untouched.omittedEdges == 0)
  }

  @Test func dpiScalesRasterOutput() throws {
    func pngWidth(_ bytes: [UInt8]) -> Int {
      bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    }
    let normal = try GraphvizRenderer().render(dot: Samples.triangle, as: .png)
    let double = try GraphvizRenderer(dpi: 192).render(dot: Samples.triangle, as: .png)
    #expect(abs(pngWidth(double) - 2 * pngWidth(normal)) <= 2)
    // SVG ignores dpi.
    #expect(
      try GraphvizRenderer(dpi: 192).render(dot: Samples.triangle, as: .svg)
        == GraphvizRenderer().render(dot: Samples.triangle, as: .svg))
  }

  @Test func sizeScalesTheDrawing() throws {
    let fitted = String(
      decoding: try GraphvizRenderer(size: .init(width: 1, height: 1))
        .render(dot: Samples.chain(10), as: .svg), as: UTF8.self)
    #expect(fitted.contains("height=\"72pt\"") || fitted.contains("height=\"71pt\""))
  }

  @Test func concurrentRendersEqualSerialRenders() async throws {
    let sources = [Samples.news, Samples.triangle, Samples.chain(30)]
    let layouts: [GraphvizRenderer.Layout] = [.dot, .neato, .sfdp]
    var serial: [[UInt8]] = []
    for (source, layout) in zip(sources, layouts) {
      serial.append(try GraphvizRenderer(layout: layout).render(dot: source, as: .svg))
    }
    let expected = serial
    try await withThrowingTaskGroup(of: Bool.self) { group in
      for task in 0..<16 {
        group.addTask {
          var allEqual = true
          for round in 0..<20 {
            let index = (task + round) % sources.count
            let bytes = try GraphvizRenderer(layout: layouts[index])
              .render(dot: sources[index], as: .svg)
            allEqual = allEqual && bytes == expected[index]
          }
          return allEqual
        }
      }
      for try await allEqual in group { #expect(allEqual) }
    }
  }
}
