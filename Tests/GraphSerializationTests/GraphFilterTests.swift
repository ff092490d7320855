import KnowledgeGraphCore
import Testing

@Suite struct GraphFilterTests {
  private let graph = SampleGraphs.call

  @Test func emptyFilterKeepsEverything() {
    #expect(graph.filtered(by: GraphFilter()) == graph)
  }

  @Test func kindsKeepOnlyThoseEntitiesAndTheirRelations() {
    let people = graph.filtered(by: GraphFilter(kinds: [.person, .country]))
    #expect(Set(people.entities.map(\.kind)) == [.person, .country])
    #expect(people.relations.allSatisfy { $0.predicate != .participant })
    #expect(people.relationCount == 4)
  }

  @Test func relationTypesDropEntitiesTheyDisconnect() {
    let leaders = graph.filtered(by: GraphFilter(predicates: [.leaderOf]))
    #expect(leaders.relations.map(\.predicate) == [.leaderOf, .leaderOf])
    #expect(leaders.entities.map(\.id.rawValue) == [
      "country/norland", "country/sudmark", "person/ada-moreno", "person/bo-lindqvist",
    ])
  }

  @Test func minimumConfidenceDropsWeakRelations() {
    let strong = graph.filtered(by: GraphFilter(minimumConfidence: 0.8))
    #expect(strong.relations.allSatisfy { $0.confidence >= 0.8 })
    #expect(strong.relationCount == 5)
  }

  @Test func focusByNameKeepsTheNeighbourhood() {
    let near = graph.filtered(by: GraphFilter(focus: "lindqvist", depth: 1))
    #expect(Set(near.entities.map(\.id)) == [
      SampleGraphs.bo, SampleGraphs.sudmark, SampleGraphs.ada, SampleGraphs.call2025,
    ])
    let self0 = graph.filtered(by: GraphFilter(focus: "person/bo-lindqvist", depth: 0))
    #expect(self0.entities.map(\.id) == [SampleGraphs.bo])
    #expect(graph.filtered(by: GraphFilter(focus: "nobody")).isEmpty)
  }

  @Test func maximumNodesKeepsTheBestConnected() {
    let top = graph.filtered(by: GraphFilter(maximumNodes: 2))
    #expect(top.entities.map(\.id) == [SampleGraphs.norland, SampleGraphs.ada])
    let focused = graph.filtered(by: GraphFilter(focus: "Port Vell", depth: 2, maximumNodes: 2))
    #expect(focused.entities.map(\.id).contains(SampleGraphs.harbor))
  }
}
