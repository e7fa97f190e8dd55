import Testing
@testable import SupervisorLint

/// PL2018: 1️⃣ marks where each finding starts; the second table must report nothing.
@Suite struct PL2018Tests {
    @Test(arguments: [
        "[group:g]\nprograms=1️⃣web",
        "[program:web]\n[group:g]\nprograms=1️⃣web,api",
        "[eventlistener:ev]\n[group:g]\nprograms=1️⃣ev",
    ])
    func catches(_ snippet: String) {
        expectRule("PL2018", snippet)
    }

    @Test(arguments: [
        "[program:web]\n[program:api]\n[group:g]\nprograms=web, api",
        "[fcgi-program:f]\n[group:g]\nprograms=f",
        "[include]\nfiles=conf.d/*.conf\n[group:g]\nprograms=web",
    ])
    func ignores(_ snippet: String) {
        expectRule("PL2018", snippet)
    }

    @Test func suggestsTheDefinedProgram() {
        let message = findings("PL2018", in: "[program:oned]\n[group:g]\nprograms=onde").first?.message ?? ""
        #expect(message.contains("did you mean 'oned'"), "\(message)")
    }
}
