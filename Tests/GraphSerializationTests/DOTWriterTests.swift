import Foundation
import GraphSerialization
import KnowledgeGraphCore
import Testing

@Suite struct DOTWriterTests {
  @Test func graphIsNamedAndEveryIDQuoted() {
    let dot = DOTWriter().write(SampleGraphs.call)
    #expect(dot.hasPrefix("digraph \"knowledge-graph\" {\n"))
    #expect(dot.hasSuffix("}\n"))
    #expect(dot.contains("\"person/ada-moreno\" -> \"country/norland\" [label=\"leader of\""))
  }

  @Test func escapesBackslashThenQuoteThenNewline() {
    var graph = KnowledgeGraph()
    graph.insert(Entity(.person, named: "A \"B\" C\\D\nE"))
    var style = DOTWriter.Style()
    style.showsLegend = false
    let dot = DOTWriter(style: style).write(graph)
    #expect(dot.contains(#"label="A \"B\" C\\D\nE""#))
  }

  @Test func ampersandsThatLookLikeEntitiesAreEscaped() {
    var graph = KnowledgeGraph()
    graph.insert(Entity(.organization, named: "AT&T &lt;x&gt;"))
    let dot = DOTWriter().write(graph)
    #expect(dot.contains(#"label="AT&T &amp;lt;x&amp;gt;""#))
  }

  @Test func eventsShowTheirDateAndEdgesTheirEvidence() {
    let dot = DOTWriter().write(SampleGraphs.call)
    #expect(dot.contains(#"label="Moreno–Lindqvist call\n2025-03""#))
    #expect(dot.contains(#"tooltip="participant (confidence 0.88)\n“Moreno and Lindqvist spoke for 90 minutes” (call-note)""#))
  }

  @Test func nodesLinkToTheirIRIAndHaveStylePerKind() {
    let dot = DOTWriter().write(SampleGraphs.call)
    #expect(dot.contains(#"URL="https://w3id.org/kg-export/person/ada-moreno""#))
    #expect(dot.contains(##"shape=component, fillcolor="#fecaca""##))
  }

  @Test func legendListsOnlyTheKindsPresent() {
    let dot = DOTWriter().write(SampleGraphs.call)
    #expect(dot.contains("  \"legend\" [shape=plaintext"))
    #expect(dot.contains(">Organization (government) (component)</TD>"))
    #expect(!dot.contains("Organization (media)"))
    var style = DOTWriter.Style()
    style.showsLegend = false
    #expect(!DOTWriter(style: style).write(SampleGraphs.call).contains("\"legend\""))
  }

  @Test func tooltipsEscapeAmpersandsAsTheWholeTextWouldRead() {
    var graph = KnowledgeGraph()
    // "&amp" ends one alias; followed by "; " it reads as the entity "&amp;" and is escaped.
    graph.insert(Entity(.organization, named: "Barnes \"B\" Co", aliases: ["A&amp", "B&N"]))
    graph.insert(Entity(.person, named: "Ada\\Moreno", aliases: ["Ada"]))
    var style = DOTWriter.Style()
    style.showsLegend = false
    let dot = DOTWriter(style: style).write(graph)
    #expect(dot.contains(#"tooltip="Organization (other): Barnes \"B\" Co\nalso: A&amp;amp; B&N""#))
    #expect(dot.contains(#"tooltip="Person: Ada\\Moreno\nalso: Ada""#))
  }

  @Test func edgeTooltipsEscapeTheQuoteAndRepeatForTheLabel() {
    var graph = KnowledgeGraph()
    let ada = Entity(.person, named: "Ada Moreno")
    let acme = Entity(.organization, named: "Acme")
    graph.insert(ada)
    graph.insert(acme)
    let quote = "Ada &lt;\"CEO\"&gt; of Acme"
    graph.insert(
      Relation(
        ada.id, .leaderOf, acme.id, confidence: 0.875,
        evidence: [Evidence(documentID: "d&1", sentenceIndex: 0, start: 0, end: quote.unicodeScalars.count, quote: quote)]))
    var style = DOTWriter.Style()
    style.showsLegend = false
    let dot = DOTWriter(style: style).write(graph)
    let tooltip = #""leader of (confidence 0.88)\n“Ada &amp;lt;\"CEO\"&amp;gt; of Acme” (d&1)""#
    #expect(dot.contains("tooltip=" + tooltip + ", labeltooltip=" + tooltip + "];"))
  }

  @Test func eachLegendCaptionNamesOneAppearance() {
    // The legend orders appearances by caption alone; two looks sharing a caption would make
    // its order depend on the entities'.
    var looks: [DOTWriter.Appearance] = []
    for kind in [Entity.Kind.person, .country, .place, .event] {
      looks.append(DOTWriter.appearance(of: Entity(kind, named: "X")))
    }
    for type in Entity.OrganizationType.allCases {
      var organization = Entity(.organization, named: "X")
      organization.organizationType = type
      looks.append(DOTWriter.appearance(of: organization))
    }
    looks.append(DOTWriter.appearance(of: Entity(.organization, named: "X")))
    #expect(Set(looks.map(\.caption)).count == Set(looks).count)
    #expect(Set(looks).count == 4 + Entity.OrganizationType.allCases.count)
  }

  @Test func countryClustersGroupLeadersAndOrganizations() throws {
    var style = DOTWriter.Style()
    style.clustering = .country
    let dot = DOTWriter(style: style).write(SampleGraphs.call)
    let start = try #require(dot.range(of: "subgraph \"cluster_country/norland\" {"))
    let cluster = dot[start.upperBound...].prefix { $0 != "}" }
    #expect(cluster.contains("\"person/ada-moreno\" ["))
    #expect(cluster.contains("\"organization/norland-ministry-of-trade\" ["))
    #expect(!cluster.contains("\"person/bo-lindqvist\" ["))
    #expect(dot.components(separatedBy: #""country/norland" [label="Norland""#).count == 2)
  }

  @Test func symmetricRelationsHaveNoArrowhead() {
    let dot = DOTWriter().write(SampleGraphs.call)
    #expect(dot.contains("\"person/ada-moreno\" -> \"person/bo-lindqvist\" [label=\"meets with\", dir=\"none\""))
  }

  @Test func outputIsByteIdenticalWhateverTheInsertionOrder() {
    #expect(DOTWriter().write(SampleGraphs.call) == DOTWriter().write(SampleGraphs.callReversed))
  }
}
