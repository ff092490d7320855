/// Hides Markdown markup from the extractor while keeping every offset of the text.
///
/// Markup characters (heading marks, list bullets, emphasis, link targets, code fences) are
/// replaced by spaces, so evidence offsets still point into the original file.
enum MarkdownText {
  static func mask(_ text: String) -> String {
    var output: [Unicode.Scalar] = []
    output.reserveCapacity(text.unicodeScalars.count)
    var inFence = false
    for line in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      if !output.isEmpty { output.append("\n") }
      var scalars = Array(line)
      let trimmed = String(String.UnicodeScalarView(scalars)).drop(while: { $0 == " " })
      if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
        inFence.toggle()
        output += blank(scalars)
        continue
      }
      if inFence || trimmed.hasPrefix("<!--") {
        output += blank(scalars)
        continue
      }
      maskLinePrefix(&scalars)
      maskInline(&scalars)
      output += scalars
    }
    return String(String.UnicodeScalarView(output))
  }

  private static func blank(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    scalars.map { $0 == "\r" ? $0 : " " }
  }

  /// Heading marks, block quotes, list bullets and numbers at the start of a line.
  private static func maskLinePrefix(_ scalars: inout [Unicode.Scalar]) {
    var index = 0
    while index < scalars.count, scalars[index] == " " { index += 1 }
    while index < scalars.count, scalars[index] == "#" || scalars[index] == ">" {
      scalars[index] = " "
      index += 1
    }
    if index + 1 < scalars.count, ["-", "*", "+"].contains(scalars[index]), scalars[index + 1] == " " {
      scalars[index] = " "
    }
    // A line of only ---, *** or === is a rule or an underline.
    let marks = scalars.filter { $0 != " " && $0 != "\r" }
    if marks.count >= 3, Set(marks).count == 1, ["-", "*", "=", "_"].contains(marks[0]) {
      scalars = blank(scalars)
    }
  }

  /// Emphasis marks, inline code ticks, images and link targets.
  private static func maskInline(_ scalars: inout [Unicode.Scalar]) {
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "*" || scalar == "`" || (scalar == "_" && isEmphasisUnderscore(scalars, index)) {
        scalars[index] = " "
      } else if scalar == "]", index + 1 < scalars.count, scalars[index + 1] == "(" {
        // [text](target): keep the text, hide the brackets and the target.
        var end = index + 2
        while end < scalars.count, scalars[end] != ")" { end += 1 }
        if end < scalars.count {
          for position in index...end { scalars[position] = " " }
          if let open = scalars[..<index].lastIndex(of: "[") {
            scalars[open] = " "
            if open > 0, scalars[open - 1] == "!" { scalars[open - 1] = " " }
          }
          index = end
        }
      }
      index += 1
    }
  }

  private static func isEmphasisUnderscore(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
    let before = index > 0 ? scalars[index - 1] : " "
    let after = index + 1 < scalars.count ? scalars[index + 1] : " "
    return !(before.properties.isAlphabetic && after.properties.isAlphabetic)
  }
}
