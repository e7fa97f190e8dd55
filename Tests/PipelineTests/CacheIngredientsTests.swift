import Basics
import Testing
@testable import Pipeline

@Suite struct CacheIngredientsTests {
    static let a = SHA256.hash("a"), b = SHA256.hash("b"), c = SHA256.hash("c")

    static func base() -> CacheIngredients {
        CacheIngredients(kind: "exec", settings: ["run": #"["make"]"#, "env": "{}"], variables: ["V": "1"],
                         inputs: [.init(path: "src/y.c", executable: false, digest: a), .init(path: "src/x.c", executable: true, digest: b)],
                         upstream: ["gen": c])
    }

    @Test func keyIsStableAndOrderIndependent() {
        let one = Self.base()
        var two = Self.base()
        two.inputs.reverse()
        #expect(one.key == CacheIngredients(kind: "exec", settings: ["env": "{}", "run": #"["make"]"#], variables: ["V": "1"],
                                            inputs: two.inputs, upstream: ["gen": Self.c]).key)
        #expect(one.inputs.map(\.path) == ["src/x.c", "src/y.c"])
    }

    @Test(arguments: 0..<8)
    func everyIngredientChangesTheKey(which: Int) {
        var changed = Self.base()
        switch which {
        case 0: changed.kind = "lint"
        case 1: changed.settings["run"] = #"["make", "all"]"#
        case 2: changed.variables["V"] = "2"
        case 3: changed.inputs[0].digest = Self.c
        case 4: changed.inputs[0].executable.toggle()
        case 5: changed.upstream["gen"] = Self.a
        case 6: changed.environment["docker"] = "28.2"
        default: changed.format += 1
        }
        #expect(changed.key != Self.base().key)
    }

    @Test func canonicalBytesAreTheGenericWritersOutputByteForByte() {
        var odd = Self.base()
        odd.settings["quote\"key"] = "line\nbreak\u{1}"
        odd.variables["É"] = "ünïcode"
        odd.environment["docker.server"] = "28.2"
        #expect(String(decoding: odd.canonicalBytes, as: UTF8.self) == JSONWriter.write(odd.json()))
        #expect(String(decoding: Self.base().canonicalBytes, as: UTF8.self) == JSONWriter.write(Self.base().json()))
    }

    @Test func roundTripsThroughJSON() throws {
        let original = Self.base()
        let parsed = try #require(CacheIngredients(json: JSONParser.parse(JSONWriter.write(original.json()))))
        #expect(parsed == original)
        #expect(parsed.key == original.key)
    }

    @Test func differencesSpeakTheLanguageOfDesignSection6() {
        let old = Self.base()
        var new = Self.base()
        new.variables["V"] = "2"
        new.settings["run"] = #"["make", "all"]"#
        new.inputs = [.init(path: "src/x.c", executable: false, digest: Self.c), .init(path: "src/z.c", executable: false, digest: Self.a)]
        new.upstream["gen"] = Self.a
        new.upstream["lint"] = Self.b
        #expect(new.differences(from: old) == [
            "var V: 1→2",
            #"config run: ["make"]→["make", "all"]"#,
            "src/x.c: content \(Self.b.short)…→\(Self.c.short)…",
            "src/x.c: executable bit cleared",
            "src/y.c: removed",
            "src/z.c: added",
            "upstream gen: output changed",
            "upstream lint: new dependency",
        ])
        #expect(old.differences(from: old).isEmpty)
    }

    @Test func secretsNeverAppearButStillChangeTheKey() throws {
        var stage = Stage(name: "s", kind: .exec, env: ["T": "hunter2"], settings: ["sh": .string("login hunter2")])
        stage.variables = ["TOKEN": "hunter2"]
        let key = Array(repeating: UInt8(7), count: 32)
        let first = CacheIngredients(stage: stage, inputs: [], upstream: [:], masker: SecretMasker(secrets: ["TOKEN": "hunter2"], key: key))
        let text = JSONWriter.write(first.json())
        #expect(!text.contains("hunter2"))
        #expect(text.contains("«secret TOKEN hmac:"))
        var rotated = stage
        rotated.env = ["T": "hunter3"]
        rotated.settings = ["sh": .string("login hunter3")]
        rotated.variables = ["TOKEN": "hunter3"]
        let second = CacheIngredients(stage: rotated, inputs: [], upstream: [:], masker: SecretMasker(secrets: ["TOKEN": "hunter3"], key: key))
        #expect(first.key != second.key)
        #expect(second.differences(from: first).first == "var TOKEN: changed (secret)")
        // A different project key gives a different mask: the hash is keyed, not plain.
        let otherKey = CacheIngredients(stage: stage, inputs: [], upstream: [:],
                                        masker: SecretMasker(secrets: ["TOKEN": "hunter2"], key: Array(repeating: 8, count: 32)))
        #expect(otherKey.key != first.key)
    }

    @Test func stageSettingsOutputsAndEnvAreIngredientsButNotTheDescription() {
        let masker = SecretMasker(secrets: [:], key: [])
        let stage = Stage(name: "s", kind: .exec, inputs: ["src/**"], outputs: ["out/a"], env: ["K": "v"], description: "one",
                          settings: ["run": .array([.string("x")])])
        var described = stage
        described.description = "two"
        var otherOutputs = stage
        otherOutputs.outputs = ["out/b"]
        var otherEnv = stage
        otherEnv.env = ["K": "w"]
        let key = { (s: Stage) in CacheIngredients(stage: s, inputs: [], upstream: [:], masker: masker).key }
        #expect(key(stage) == key(described))
        #expect(key(stage) != key(otherOutputs))
        #expect(key(stage) != key(otherEnv))
    }
}
