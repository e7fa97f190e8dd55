import Foundation
import Pipeline
import Testing
import TestSupport

@Suite struct ByteSizeTests {
    @Test(arguments: [("500M", Int64(500) << 20), ("2G", Int64(2) << 30), ("2g", Int64(2) << 30), ("10GiB", Int64(10) << 30),
                      ("64k", Int64(64) << 10), ("1048576", Int64(1_048_576)), ("1mb", Int64(1) << 20), ("0", Int64(0)),
                      ("8388607T", Int64(8_388_607) << 40)])
    func parses(text: String, bytes: Int64) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test(arguments: ["", "M", "-1M", "+1M", "1.5G", "lots", "8388608T", "99999999999999999999", "1 G", "1iB", "1GG", "٣M"])
    func rejects(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }
}

@Suite struct JobCountTests {
    @Test(arguments: [("1", 1), ("8", 8), ("1024", 1024), ("01024", 1024)])
    func parses(text: String, count: Int) {
        #expect(JobCount.parse(text) == count)
    }

    /// A huge -j once made the tool allocate memory for that many lanes.
    @Test(arguments: ["", "0", "-1", "+2", "1025", "9999999999", "999999999999999999", "99999999999999999999", "2.0", "two", " 2"])
    func rejects(text: String) {
        #expect(JobCount.parse(text) == nil)
    }
}

/// The command line's value parsers (-j, --older-than, --max-size) fed random and mutated text
/// (fixed seed): nothing may trap, and what parses must be in range.
@Suite struct CommandLineValueFuzzTests {
    static let fragments = ["0", "1", "9", "99999", "9223372036854775807", "18446744073709551616", "ms", "s", "m", "h", "d",
                            "w", "k", "M", "G", "T", "iB", "b", "B", "-", "+", ".", " ", "é", "٣", "\u{0}", "x", "1h30m", "30d"]

    @Test func survivesRandomInput() {
        let rounds = ProcessInfo.processInfo.environment["PIPELINE_FUZZ_ROUNDS"].flatMap(Int.init) ?? 20_000
        var rng = SeededGenerator(state: 0xD0_2A7E)
        for _ in 0..<rounds {
            let text = (0..<Int.random(in: 0..<8, using: &rng)).map { _ in Self.fragments.randomElement(using: &rng) ?? "" }.joined()
            if let duration = DurationValue(parsing: text) {
                #expect(duration.milliseconds >= 0 && duration.milliseconds <= DurationValue.maximumMilliseconds, "\(text.debugDescription)")
                #expect(duration.nanoseconds >= 0)
                #expect(DurationValue(parsing: duration.description) == duration, "\(text.debugDescription) round-trips")
            }
            if let size = ByteSize.parse(text) { #expect(size >= 0, "\(text.debugDescription)") }
            if let jobs = JobCount.parse(text) { #expect((1...JobCount.maximum).contains(jobs), "\(text.debugDescription)") }
        }
    }
}
