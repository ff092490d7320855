import ArgumentParser
import Testing

@testable import kg_export

@Suite struct KGExportTests {
  @Test func commandIsNamedKGExport() {
    #expect(KGExport.configuration.commandName == "kg-export")
  }
}
