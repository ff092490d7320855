/// A small JSON-LD 1.1 expansion: enough to read kg-export's own output and any compact or
/// expanded document in the same vocabulary, node by node, with JSON paths for errors.
///
/// Supported: inline contexts (nested too) with prefixes, terms, `@vocab`, `@base`, type
/// coercion (`@id`, `@vocab`, datatypes) and containers `@set`/`@list`; `@graph`; embedded
/// node objects (flattened, with generated blank-node identifiers when they have no `@id`);
/// value objects. Not supported, and reported: remote contexts. Reverse properties, language
/// maps and index maps are ignored.
struct JSONLDExpansion {
  /// One value of a property.
  enum Value {
    case reference(String, path: String)
    case literal(String, datatype: String?, path: String)
  }

  /// A node with its expanded types and properties.
  struct Node {
    var id: String
    var path: String
    var hasExplicitID: Bool
    var types: [String] = []
    var properties: [(iri: String, values: [Value])] = []

    func values(_ iri: String) -> [Value] {
      properties.filter { $0.iri == iri }.flatMap(\.values)
    }
  }

  private struct TermDefinition {
    var iri: String
    var type: String?
  }

  private struct Context {
    var terms: [String: TermDefinition] = [:]
    var vocab: String?
    var base: String?
  }

  private(set) var nodes: [Node] = []
  private var blankCounter = 0

  /// Expands the document `root`.
  static func expand(_ root: JSONValue) throws(SerializationError) -> [Node] {
    var expansion = JSONLDExpansion()
    try expansion.expandTopLevel(root)
    return expansion.nodes
  }

  private mutating func expandTopLevel(_ root: JSONValue) throws(SerializationError) {
    switch root {
    case .array(let items):
      for (index, item) in items.enumerated() {
        try expandNodeOrGraph(item, context: Context(), path: "$[\(index)]")
      }
    case .object:
      try expandNodeOrGraph(root, context: Context(), path: "$")
    default:
      throw .malformedDocument("a JSON-LD document is an object or an array", at: "$")
    }
  }

  /// Expands an object that may be a node, a graph container, or both.
  private mutating func expandNodeOrGraph(
    _ value: JSONValue, context outer: Context, path: String
  ) throws(SerializationError) {
    guard case .object(let members) = value else {
      throw .malformedDocument("expected a node object", at: path)
    }
    var context = outer
    if let local = value["@context"] {
      context = try process(local, into: outer, path: path + ".@context")
    }
    let isOnlyGraph = members.allSatisfy { ["@context", "@graph", "@id"].contains($0.key) }
    if let graph = value["@graph"] {
      let items: [JSONValue]
      if case .array(let array) = graph { items = array } else { items = [graph] }
      let graphPath = path == "$" ? "@graph" : path + ".@graph"
      for (index, item) in items.enumerated() {
        try expandNodeOrGraph(item, context: context, path: "\(graphPath)[\(index)]")
      }
      if isOnlyGraph { return }
    }
    _ = try expandNode(members, context: context, path: path)
  }

  /// Expands a node object, registers it, and returns its identifier.
  @discardableResult
  private mutating func expandNode(
    _ members: [(key: String, value: JSONValue)], context outer: Context, path: String
  ) throws(SerializationError) -> String {
    var context = outer
    if let local = members.first(where: { $0.key == "@context" }) {
      context = try process(local.value, into: outer, path: path + ".@context")
    }
    var node: Node
    if let idMember = members.first(where: { $0.key == "@id" }) {
      guard case .string(let raw) = idMember.value else {
        throw .malformedDocument("@id must be a string", at: path + ".@id")
      }
      node = Node(id: expandIRI(raw, context: context, vocab: false), path: path, hasExplicitID: true)
    } else {
      blankCounter += 1
      node = Node(id: "_:b\(blankCounter)", path: path, hasExplicitID: false)
    }
    let nodeIndex = nodes.count
    nodes.append(node)

    for (key, value) in members {
      switch key {
      case "@context", "@id", "@graph", "@index", "@reverse", "@nest", "@included": continue
      case "@type":
        let raw: [JSONValue]
        if case .array(let array) = value { raw = array } else { raw = [value] }
        for (index, item) in raw.enumerated() {
          guard case .string(let text) = item else {
            throw .malformedDocument("@type values must be strings", at: "\(path).@type[\(index)]")
          }
          node.types.append(expandIRI(text, context: context, vocab: true))
        }
        continue
      default: break
      }
      if key.hasPrefix("@") { continue }
      let term = context.terms[key]
      let iri = term?.iri ?? expandIRI(key, context: context, vocab: true)
      guard iri.contains(":"), !iri.hasPrefix("_:") else { continue }  // unmapped: JSON-LD drops it
      var values: [Value] = []
      try expandValue(value, term: term, context: context, path: path + "." + key, into: &values)
      node.properties.append((iri, values))
    }
    nodes[nodeIndex] = node
    return node.id
  }

  private mutating func expandValue(
    _ value: JSONValue, term: TermDefinition?, context: Context, path: String,
    into values: inout [Value]
  ) throws(SerializationError) {
    switch value {
    case .null: return
    case .array(let items):
      for (index, item) in items.enumerated() {
        try expandValue(item, term: term, context: context, path: "\(path)[\(index)]", into: &values)
      }
    case .string(let text):
      switch term?.type {
      case "@id": values.append(.reference(expandIRI(text, context: context, vocab: false), path: path))
      case "@vocab": values.append(.reference(expandIRI(text, context: context, vocab: true), path: path))
      default: values.append(.literal(text, datatype: term?.type, path: path))
      }
    case .number(let text):
      let fallback = text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
        ? Namespace.xsd + "double" : Namespace.xsd + "integer"
      values.append(.literal(text, datatype: term?.type.flatMap { $0.hasPrefix("@") ? nil : $0 } ?? fallback, path: path))
    case .bool(let flag):
      values.append(.literal(flag ? "true" : "false", datatype: Namespace.xsd + "boolean", path: path))
    case .object(let members):
      if let literal = value["@value"] {
        let datatype = value["@type"]?.stringValue.map { expandIRI($0, context: context, vocab: true) }
        switch literal {
        case .string(let text): values.append(.literal(text, datatype: datatype, path: path))
        case .number(let text): values.append(.literal(text, datatype: datatype, path: path))
        case .bool(let flag): values.append(.literal(flag ? "true" : "false", datatype: datatype, path: path))
        case .null: return
        default: throw .malformedDocument("@value must be a scalar", at: path + ".@value")
        }
      } else if let list = value["@list"] ?? value["@set"] {
        try expandValue(list, term: term, context: context, path: path, into: &values)
      } else {
        let id = try expandNode(members, context: context, path: path)
        values.append(.reference(id, path: path))
      }
    }
  }

  // MARK: Contexts

  private func process(_ local: JSONValue, into active: Context, path: String) throws(SerializationError)
    -> Context
  {
    var context = active
    switch local {
    case .null: return Context()
    case .string(let url):
      throw .malformedDocument(
        "remote @context '\(url)' is not supported; inline the context", at: path)
    case .array(let items):
      for (index, item) in items.enumerated() {
        context = try process(item, into: context, path: "\(path)[\(index)]")
      }
      return context
    case .object(let members):
      if let vocab = local["@vocab"]?.stringValue { context.vocab = vocab }
      if let base = local["@base"]?.stringValue { context.base = base }
      let definitions = members.filter { !$0.key.hasPrefix("@") }
      let raw = Dictionary(definitions.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
      var resolving: Set<String> = []
      for (name, _) in definitions {
        try define(name, raw: raw, context: &context, resolving: &resolving, path: path)
      }
      return context
    default:
      throw .malformedDocument("@context must be an object, an array or a string", at: path)
    }
  }

  private func define(
    _ name: String, raw: [String: JSONValue], context: inout Context, resolving: inout Set<String>,
    path: String
  ) throws(SerializationError) {
    guard let definition = raw[name], !resolving.contains(name) else { return }
    resolving.insert(name)
    defer { resolving.remove(name) }
    // Resolve the prefix this definition depends on first.
    func dependency(of text: String) -> String? {
      guard let colon = text.firstIndex(of: ":") else { return nil }
      let prefix = String(text[..<colon])
      return raw[prefix] != nil && prefix != name ? prefix : nil
    }
    var idText: String?
    var typeText: String?
    switch definition {
    case .null:
      context.terms[name] = nil
      return
    case .string(let text): idText = text
    case .object:
      if definition["@reverse"] != nil { return }
      idText = definition["@id"]?.stringValue
      typeText = definition["@type"]?.stringValue
    default:
      throw .malformedDocument("term definition must be a string or an object", at: "\(path).\(name)")
    }
    for text in [idText, typeText, name].compactMap({ $0 }) {
      if let prefix = dependency(of: text) {
        try define(prefix, raw: raw, context: &context, resolving: &resolving, path: path)
      }
    }
    let iri = expandIRI(idText ?? name, context: context, vocab: true, skippingTerm: name)
    var type: String?
    if let typeText {
      type = typeText.hasPrefix("@") ? typeText : expandIRI(typeText, context: context, vocab: true)
    }
    context.terms[name] = TermDefinition(iri: iri, type: type)
  }

  private func expandIRI(
    _ value: String, context: Context, vocab: Bool, skippingTerm: String? = nil
  ) -> String {
    if value.hasPrefix("@") { return value }
    if vocab, value != skippingTerm, let term = context.terms[value] { return term.iri }
    if let colon = value.firstIndex(of: ":") {
      let prefix = String(value[..<colon])
      let suffix = value[value.index(after: colon)...]
      if prefix == "_" || suffix.hasPrefix("//") { return value }
      if prefix != skippingTerm, let term = context.terms[prefix] { return term.iri + suffix }
      return value
    }
    if vocab, let base = context.vocab { return base + value }
    if let base = context.base { return base + value }
    return value
  }
}
