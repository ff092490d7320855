public import KnowledgeGraphCore

/// How kg-export names entities, documents, statements and evidence as IRIs.
///
/// Every export format uses the same scheme, so node identifiers can be joined across formats:
/// the entity `person/xi-jinping` is `https://w3id.org/kg-export/person/xi-jinping` in RDF and
/// `person/xi-jinping` in DOT, GraphML, GEXF, CSV and Neo4j.
public struct IRIScheme: Hashable, Sendable {
  /// The base IRI under which nodes are minted; always ends with `/` or `#`.
  public let base: String
  /// The prefix that stands for ``base`` in compact IRIs, such as `kg`.
  public let prefix: String

  /// The default base IRI.
  public static let defaultBase = "https://w3id.org/kg-export/"

  /// A scheme minting IRIs under `base`, abbreviated as `prefix`.
  ///
  /// A `base` that does not end with `/` or `#` gets a `/` appended; an empty or unusable
  /// `prefix` becomes `kg`.
  public init(base: String = IRIScheme.defaultBase, prefix: String = "kg") {
    self.base = base.hasSuffix("/") || base.hasSuffix("#") ? base : base + "/"
    let usable =
      !prefix.isEmpty && prefix.unicodeScalars.allSatisfy { $0.isASCIIIdentifierCharacter }
      && !IRIScheme.reservedPrefixes.contains(prefix)
    self.prefix = usable ? prefix : "kg"
  }

  static let reservedPrefixes: Set<String> = [
    "kgv", "schema", "rdf", "rdfs", "xsd", "oa", "prov", "owl", "_",
  ]

  /// The path of an entity below the base: its identifier, percent-encoded where IRIs need it.
  public func entityPath(_ id: EntityID) -> String { IRIScheme.encode(id.rawValue, keepSlash: true) }
  /// The absolute IRI of an entity.
  public func entity(_ id: EntityID) -> String { base + entityPath(id) }
  /// The compact IRI of an entity, such as `kg:person/xi-jinping`.
  public func compactEntity(_ id: EntityID) -> String { prefix + ":" + entityPath(id) }

  /// The path of a document below the base.
  public func documentPath(_ id: String) -> String {
    "doc/" + IRIScheme.encode(id, keepSlash: false)
  }
  /// The absolute IRI of a document.
  public func document(_ id: String) -> String { base + documentPath(id) }

  /// The path of the statement node that carries a relation's provenance.
  ///
  /// A 64-bit FNV-1a hash of subject, predicate and object: stable across runs and machines.
  public func statementPath(_ key: Relation.Key) -> String {
    "rel/" + Self.statementHash(subject: key.subject, predicate: key.predicate, object: key.object).hex
  }

  static func statementHash(subject: EntityID, predicate: Relation.Predicate, object: EntityID) -> FNV1a {
    var hash = FNV1a()
    hash.combine(subject.rawValue)
    hash.combine(predicate.rawValue)
    hash.combine(object.rawValue)
    return hash
  }
  /// The absolute IRI of a relation's statement node.
  public func statement(_ key: Relation.Key) -> String { base + statementPath(key) }

  /// The path of an evidence node: `ev/{document}/{start}-{end}`.
  public func evidencePath(_ evidence: Evidence) -> String {
    "ev/" + IRIScheme.encode(evidence.documentID, keepSlash: false) + "/\(evidence.start)-\(evidence.end)"
  }

  /// The path of a node below the base, or `nil` if `iri` does not start with the base.
  public func path(ofIRI iri: String) -> String? {
    guard iri.hasPrefix(base) else { return nil }
    return String(iri.dropFirst(base.count))
  }

  /// The IRI of a relation predicate: the schema.org property when the vocabulary names one
  /// and `preferSchemaOrg` is set, otherwise kg-export's own vocabulary term.
  public static func predicate(_ predicate: Relation.Predicate, preferSchemaOrg: Bool) -> String {
    if let known = vocabularyPredicates[predicate] { return preferSchemaOrg ? known.preferred : known.own }
    if preferSchemaOrg, let equivalent = predicate.definition?.schemaOrgEquivalent {
      return Namespace.schema + equivalent
    }
    return RelationVocabulary.namespace + encode(predicate.rawValue, keepSlash: false)
  }

  private static let vocabularyPredicates: [Relation.Predicate: (own: String, preferred: String)] = {
    var table: [Relation.Predicate: (own: String, preferred: String)] = [:]
    for definition in RelationVocabulary.standard.definitions {
      let own = RelationVocabulary.namespace + encode(definition.predicate.rawValue, keepSlash: false)
      table[definition.predicate] = (own, definition.schemaOrgEquivalent.map { Namespace.schema + $0 } ?? own)
    }
    return table
  }()

  /// `text` with every character that may not appear in an IRI path segment percent-encoded.
  ///
  /// Letters of any script stay as they are (IRIs allow them); spaces, controls, `%`, `#`,
  /// `?`, `"`, `<`, `>`, `\`, `^`, `` ` ``, `{`, `|`, `}` and (unless `keepSlash`) `/` are encoded.
  public static func encode(_ text: String, keepSlash: Bool) -> String {
    let needsEncoding = text.unicodeScalars.contains { mustEncode($0, keepSlash: keepSlash) }
    guard needsEncoding else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
      if mustEncode(scalar, keepSlash: keepSlash) {
        for byte in String(scalar).utf8 {
          result += "%"
          result.append(hexDigits[Int(byte >> 4)])
          result.append(hexDigits[Int(byte & 0xF)])
        }
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `text` is ASCII that ``encode(_:keepSlash:)`` leaves as it is with `keepSlash` set.
  static func isPlainASCIIPath(_ text: String) -> Bool {
    func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      for byte in bytes where byte >= 0x80 || ByteSet.iriPath.contains(byte) { return false }
      return true
    }
    if let plain = text.utf8.withContiguousStorageIfAvailable(isPlain) { return plain }
    var text = text
    return text.withUTF8(isPlain)
  }

  /// Undoes ``encode(_:keepSlash:)``; malformed escapes are kept literally.
  public static func decode(_ text: String) -> String {
    guard text.contains("%") else { return text }
    var bytes: [UInt8] = []
    let utf8 = Array(text.utf8)
    var index = 0
    while index < utf8.count {
      if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
        let high = hexValue(utf8[index + 1]), let low = hexValue(utf8[index + 2])
      {
        bytes.append(high << 4 | low)
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func mustEncode(_ scalar: Unicode.Scalar, keepSlash: Bool) -> Bool {
    switch scalar.value {
    case 0...0x20, 0x7F...0x9F: return true
    case 0x22, 0x23, 0x25, 0x3C, 0x3E, 0x3F, 0x5C, 0x5E, 0x60, 0x7B, 0x7C, 0x7D: return true
    case 0x2F: return !keepSlash
    case 0xFDD0...0xFDEF: return true
    case _ where scalar.value & 0xFFFE == 0xFFFE: return true  // U+xFFFE and U+xFFFF
    default: return false
    }
  }

  private static let hexDigits: [Character] = Array("0123456789ABCDEF")

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}

/// The namespaces kg-export's RDF output uses.
enum Namespace {
  static let schema = "https://schema.org/"
  static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
  static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
  static let xsd = "http://www.w3.org/2001/XMLSchema#"
  static let oa = "http://www.w3.org/ns/oa#"
  static let prov = "http://www.w3.org/ns/prov#"
  static let owl = "http://www.w3.org/2002/07/owl#"
  static let kgv = RelationVocabulary.namespace
}

/// The 64-bit FNV-1a hash, used for short stable identifiers.
struct FNV1a {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func combine(_ text: String) {
    var text = text
    var value = self.value
    text.withUTF8 { bytes in
      for byte in bytes {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
      }
    }
    value ^= 0xFF  // separator: no UTF-8 byte is 0xFF, so ("ab","c") and ("a","bc") differ
    value = value &* 0x0000_0100_0000_01B3
    self.value = value
  }

  var hex: String {
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    var bytes = [UInt8](repeating: 0, count: 16)
    var rest = value
    for index in stride(from: 15, through: 0, by: -1) {
      bytes[index] = digits[Int(rest & 0xF)]
      rest >>= 4
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension Unicode.Scalar {
  var isASCIIIdentifierCharacter: Bool {
    switch value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F, 0x2D: true
    default: false
    }
  }
}
