import GraphSerialization
import Testing

@Suite struct SerializationErrorTests {
  @Test func describesWhereReadingStopped() {
    let error = SerializationError.danglingReference("kg:person/x", at: "@graph[3].memberOf")
    #expect(error.description == "reference to undeclared node 'kg:person/x' at @graph[3].memberOf")
  }
}
