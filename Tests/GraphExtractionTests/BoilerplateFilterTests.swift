import Foundation
import GraphExtraction
import Testing

@Suite struct BoilerplateFilterTests {
  @Test func masksBannersAndKeepsOffsets() {
    let text = """
      We use cookies. By continuing to browse you agree to our use of cookies and Privacy Policy.
      Accept all
      Share
      The mayor of Lyon opened a new bridge on Monday.
      Read more
      """
    let result = BoilerplateFilter().filter(text)
    #expect(result.text.unicodeScalars.count == text.unicodeScalars.count)
    #expect(!result.text.contains("cookies"))
    #expect(!result.text.contains("Accept all"))
    #expect(!result.text.contains("Share"))
    #expect(!result.text.contains("Read more"))
    #expect(result.text.contains("The mayor of Lyon opened a new bridge on Monday."))
    let offset = Array(text.unicodeScalars).firstIndex(of: "T").map { $0 } ?? -1
    #expect(Array(result.text.unicodeScalars)[offset] == "T")
    #expect(result.removed.count == 4)
  }

  @Test func repeatedCaptionsCountOnceAndCreditsGo() {
    let caption = "Fishing boats in the harbour of Busan, South Korea, April 2, 2024. /Xinhua"
    let text = "Headline about fishing\n\n\(caption)\n\(caption)\n\nBody text here."
    let result = BoilerplateFilter().filter(text)
    let kept = result.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(kept.filter { $0.hasPrefix("Fishing boats") }.count == 1)
    #expect(!result.text.contains("/Xinhua"))
    #expect(result.text.contains("April 2, 2024."))
    #expect(result.text.unicodeScalars.count == text.unicodeScalars.count)
  }

  @Test func parenthesisedPhotoCreditsAreMasked() {
    let text = "Protesters gather outside parliament in Canberra. (AP Photo/Jane Doe)"
    let result = BoilerplateFilter().filter(text)
    #expect(!result.text.contains("AP Photo"))
    #expect(result.text.contains("Protesters gather outside parliament in Canberra."))
  }

  @Test func bylinesStay() {
    let text = "Wind power grows in Denmark\n\nMaria Jensen\n\nDenmark built more turbines."
    let result = BoilerplateFilter().filter(text)
    #expect(result.text == text)
    #expect(result.removed.isEmpty)
  }
}
