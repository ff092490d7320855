/// Exact-match precision, recall and F1 of predicted entity spans against gold spans, per
/// coarse class (Person, Organization, Location, Event) and micro-averaged.
///
/// Countries and places both count as Location; a predicted span counts only if its tokens
/// and its coarse class both match a gold span.
public struct NEREvaluation: Hashable, Sendable, CustomStringConvertible {
  /// Counts for one class.
  public struct Counts: Hashable, Sendable {
    /// Predicted spans that match a gold span.
    public var truePositives = 0
    /// Predicted spans that match none.
    public var falsePositives = 0
    /// Gold spans that no prediction matches.
    public var falseNegatives = 0

    /// Creates zero counts.
    public init() {}

    /// The share of predicted spans that are right; 0 when nothing was predicted.
    public var precision: Double {
      let predicted = truePositives + falsePositives
      return predicted == 0 ? 0 : Double(truePositives) / Double(predicted)
    }

    /// The share of gold spans found; 0 when there are none.
    public var recall: Double {
      let gold = truePositives + falseNegatives
      return gold == 0 ? 0 : Double(truePositives) / Double(gold)
    }

    /// The harmonic mean of precision and recall.
    public var f1: Double {
      let sum = precision + recall
      return sum == 0 ? 0 : 2 * precision * recall / sum
    }
  }

  /// The coarse classes, in report order.
  public static let classes = ["Person", "Organization", "Location", "Event"]

  /// Counts per coarse class.
  public private(set) var counts: [String: Counts] = [:]

  /// Creates an empty evaluation.
  public init() {}

  /// Counts summed over all classes.
  public var micro: Counts {
    var total = Counts()
    for counts in counts.values {
      total.truePositives += counts.truePositives
      total.falsePositives += counts.falsePositives
      total.falseNegatives += counts.falseNegatives
    }
    return total
  }

  /// Adds one sentence's gold and predicted tags.
  public mutating func add(gold: [EntityTag], predicted: [EntityTag]) {
    precondition(gold.count == predicted.count, "gold and predicted tags of one sentence")
    func coarse(_ spans: [EntitySpan]) -> Set<CoarseSpan> {
      Set(spans.map { CoarseSpan(coarseClass: $0.label.coarseClass, range: $0.range) })
    }
    let goldSpans = coarse(EntitySpan.spans(in: gold))
    let predictedSpans = coarse(EntitySpan.spans(in: predicted))
    for span in predictedSpans {
      if goldSpans.contains(span) {
        counts[span.coarseClass, default: Counts()].truePositives += 1
      } else {
        counts[span.coarseClass, default: Counts()].falsePositives += 1
      }
    }
    for span in goldSpans where !predictedSpans.contains(span) {
      counts[span.coarseClass, default: Counts()].falseNegatives += 1
    }
  }

  /// A table: one line per class and one for the micro average.
  public var description: String {
    func line(_ name: String, _ counts: Counts) -> String {
      let cells = [counts.precision, counts.recall, counts.f1].map { formatted($0) }
      let gold = counts.truePositives + counts.falseNegatives
      let predicted = counts.truePositives + counts.falsePositives
      return "\(name.padding(toLength: 13))\(cells.joined(separator: "  "))  \(gold)\t\(predicted)"
    }
    var lines = ["class        precision  recall   f1       gold\tpredicted"]
    for name in Self.classes {
      lines.append(line(name, counts[name] ?? Counts()))
    }
    lines.append(line("micro", micro))
    return lines.joined(separator: "\n")
  }

  private struct CoarseSpan: Hashable {
    var coarseClass: String
    var range: Range<Int>
  }
}

/// `value` with four decimals, padded to the width of the column headings.
private func formatted(_ value: Double) -> String {
  let scaled = Int((value * 10_000).rounded())
  let decimals = String(scaled % 10_000)
  let text = "\(scaled / 10_000)." + String(repeating: "0", count: 4 - decimals.count) + decimals
  return text.padding(toLength: 7)
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
