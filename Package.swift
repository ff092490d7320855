// swift-tools-version:6.1
// kg-export: turn English news text into a knowledge graph and carry it into other tools.

import PackageDescription

let package = Package(
  name: "kg-export",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "kg-export", targets: ["kg-export"]),
    .library(name: "KnowledgeGraphCore", targets: ["KnowledgeGraphCore"]),
    .library(name: "GraphExtraction", targets: ["GraphExtraction"]),
    .library(name: "GraphSerialization", targets: ["GraphSerialization"]),
    .library(name: "GraphvizRendering", targets: ["GraphvizRendering"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // Core model: values only, standard library only.
    .target(name: "KnowledgeGraphCore"),

    // Pipeline stages: each depends on the core and never on the other.
    .target(
      name: "GraphExtraction",
      dependencies: ["KnowledgeGraphCore"],
      resources: [.copy("Resources/NER")]
    ),
    .target(
      name: "GraphSerialization",
      dependencies: ["KnowledgeGraphCore"]
    ),

    // Graphviz: the C library behind one Swift module that knows only DOT text.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
    ),
    .target(
      name: "GraphvizRendering",
      dependencies: ["CGraphviz"]
    ),

    // Command-line tool.
    .executableTarget(
      name: "kg-export",
      dependencies: [
        "KnowledgeGraphCore",
        "GraphExtraction",
        "GraphSerialization",
        "GraphvizRendering",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    // Tests
    .testTarget(name: "KnowledgeGraphCoreTests", dependencies: ["KnowledgeGraphCore"]),
    .testTarget(
      name: "GraphExtractionTests",
      dependencies: ["GraphExtraction", "KnowledgeGraphCore"]
    ),
    .testTarget(
      name: "GraphSerializationTests",
      dependencies: ["GraphSerialization", "KnowledgeGraphCore"]
    ),
    .testTarget(name: "GraphvizRenderingTests", dependencies: ["GraphvizRendering"]),
    .testTarget(
      name: "KGExportTests",
      dependencies: [
        "kg-export", "KnowledgeGraphCore", "GraphExtraction", "GraphSerialization",
        "GraphvizRendering",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
  ]
)

for target in package.targets where target.type != .system {
  var settings = target.swiftSettings ?? []
  settings.append(.enableUpcomingFeature("ExistentialAny"))
  settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
  settings.append(.enableUpcomingFeature("MemberImportVisibility"))
  target.swiftSettings = settings
}
