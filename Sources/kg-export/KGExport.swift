import ArgumentParser

@main
struct KGExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kg-export",
    abstract: "Turn English news text into a knowledge graph, and carry it into other tools.",
    version: "0.1.0",
    subcommands: [
      Extract.self, Render.self, Convert.self, Tag.self, TrainNER.self, EvaluateNER.self,
      RenderWorker.self, Synthesize.self,
    ]
  )
}
