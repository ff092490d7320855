import ArgumentParser
import Foundation
import GraphExtraction

/// `kg-export tag`: tags text with the named-entity tagger.
struct Tag: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "tag",
    abstract: "Find people, organizations, countries, places and events in text.",
    discussion: """
      Without --conll, reads plain text and prints one mention per line: start and end \
      offsets (Unicode scalars), label and text, separated by tabs. With --conll, reads one \
      token per line (a second column, if any, must be a conll, crossner or native tag; \
      it is not used; blank lines separate sentences) and prints 'token<TAB>tag' with BIO \
      tags such as B-Person.
      """
  )

  @Flag(name: .long, help: "Read and write token-per-line text.")
  var conll = false

  @Option(name: .long, help: "A model file instead of the built-in model.")
  var model: String?

  @Argument(help: "The input file; '-' or nothing for standard input.")
  var input: String?

  func run() throws {
    let tagger = try NERIO.tagger(model: model)
    let (bytes, name) = try NERIO.read(input)
    if conll {
      var out: [UInt8] = []
      out.reserveCapacity(1 << 20)
      // Tag and print as the sentences are read: memory stays flat however large the input.
      try NERIO.reportingDataErrors {
        try CoNLLReader.forEachSentence(in: bytes, source: name) { sentence in
          for (token, tag) in zip(sentence, tagger.tag(sentence)) {
            out += token.utf8
            out.append(0x09)
            out += tag.description.utf8
            out.append(0x0A)
          }
          out.append(0x0A)
          if out.count > 1 << 20 {
            NERIO.writeStandardOutput(out)
            out.removeAll(keepingCapacity: true)
          }
        }
      }
      NERIO.writeStandardOutput(out)
    } else {
      let text = try NERIO.reportingDataErrors { try CoNLLReader.text(of: bytes, source: name) }
      // The tokenizer never joins lines, so tagging line by line gives the same mentions while
      // memory stays flat; offsets are shifted back to the document's.
      let tokenizer = Tokenizer()
      var out = ""
      var lineOffset = 0
      // Split on the scalar, so a CRLF ("\r\n" is one Character) also ends a line.
      for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
        for sentence in tokenizer.sentences(in: String(String.UnicodeScalarView(line))) {
          for mention in tagger.mentions(in: sentence) {
            out += "\(mention.start + lineOffset)\t\(mention.end + lineOffset)\t"
            out += "\(mention.label.rawValue)\t\(mention.text)\n"
          }
        }
        lineOffset += line.count + 1
        if out.utf8.count > 1 << 20 {
          NERIO.writeStandardOutput(Array(out.utf8))
          out = ""
        }
      }
      NERIO.writeStandardOutput(Array(out.utf8))
    }
  }
}
