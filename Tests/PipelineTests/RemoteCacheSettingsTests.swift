import Basics
import Testing
@testable import Pipeline

@Suite struct RemoteCacheSettingsTests {
    static func document(_ cache: String, secrets: String = "[\"CACHE_AUTH\"]") -> String {
        """
        {"version": 1, "secrets": \(secrets), "cache": \(cache),
         "stages": {"a": {"kind": "exec", "run": ["true"]}}}
        """
    }

    @Test func readsTheCacheSection() throws {
        let definition = try load(Self.document(#"{"remote": "http://127.0.0.1:9090/pipeline", "upload": false, "basicAuth": "CACHE_AUTH", "timeout": "2s"}"#))
        let section = try #require(definition.cacheSection)
        #expect(section.address == (try RemoteCacheAddress(parsing: "http://127.0.0.1:9090/pipeline")))
        #expect(!section.upload)
        #expect(section.credential == .basic(secret: "CACHE_AUTH"))
        #expect(section.timeoutMilliseconds == 2000)
    }

    @Test(arguments: [
        (#"{"remote": "http://h/x", "bearerToken": "OTHER"}"#, "pipeline.json:1:92: cache.bearerToken: 'OTHER' is not listed in secrets; credentials come only from a secret, so add \"OTHER\" to secrets"),
        (#"{"remote": "ftp://h/x"}"#, "cache.remote: 'ftp://h/x': the scheme must be http or https"),
        (#"{"remote": "http://u:p@h/x"}"#, "cache.remote: credentials do not belong in the address"),
        (#"{"remote": "http://h/x", "basicAuth": "CACHE_AUTH", "bearerToken": "CACHE_AUTH"}"#, "cache.bearerToken: give basicAuth or bearerToken, not both"),
        (#"{"remote": "http://h/x", "uplaod": true}"#, "uplaod"),
    ])
    func refusesWhatCannotWork(cache: String, message: String) {
        do {
            _ = try load(Self.document(cache))
            Issue.record("loaded \(cache)")
        } catch {
            #expect(error.description.contains(message), "\(error.description)")
        }
    }

    @Test func theCommandLineAndEnvironmentOverridePipelineJSON() throws {
        let section = RemoteCacheSection(address: try RemoteCacheAddress(parsing: "http://a/x"), upload: true, credential: .bearer(secret: "T"),
                                         timeoutMilliseconds: 500)
        let overridden = try #require(try RemoteCacheSettings.resolve(section, override: "http://b:81/y", upload: false))
        #expect(overridden.address.description == "http://b:81/y")
        #expect(!overridden.upload)
        #expect(overridden.credential == .bearer(secret: "T"))
        #expect(overridden.timeoutMilliseconds == 500)
        #expect(try RemoteCacheSettings.resolve(section, override: "off", upload: nil) == nil)
        #expect(try RemoteCacheSettings.resolve(nil, override: nil, upload: true) == nil)
        let fromEnvironmentOnly = try #require(try RemoteCacheSettings.resolve(nil, override: "http://c/z", upload: nil))
        #expect(fromEnvironmentOnly.upload)
        #expect(throws: RemoteCacheAddress.Invalid.self) { try RemoteCacheSettings.resolve(section, override: "cache.example:9090", upload: nil) }
    }

    @Test func authorizationHeadersComeFromTheSecretsValue() throws {
        let address = try RemoteCacheAddress(parsing: "http://a/x")
        #expect(RemoteCacheSettings(address: address, credential: .basic(secret: "A")).authorization(secrets: ["A": "Aladdin:open sesame"])
            == HTTPHeader("Authorization", "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="))
        #expect(RemoteCacheSettings(address: address, credential: .bearer(secret: "T")).authorization(secrets: ["T": "tok"])
            == HTTPHeader("Authorization", "Bearer tok"))
        #expect(RemoteCacheSettings(address: address, credential: .bearer(secret: "T")).authorization(secrets: [:]) == nil)
    }

    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func base64MatchesRFC4648(input: String, output: String) {
        #expect(Base64.encode(Array(input.utf8)) == output)
    }
}

@Suite struct DockerLayerCacheTests {
    @Test func cacheFromAndInlineCacheReachTheBuildCommand() throws {
        let definition = try load("""
        {"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "registry.example/app:dev",
          "cacheFrom": ["registry.example/app:latest", "registry.example/app:edge"], "inlineCache": true}}}
        """)
        let config = try #require(definition.stages[0].config.dockerBuild)
        let argv = DockerCommands.build(config, contextPath: "/p/ctx", iidFile: "/p/iid", labels: [:])
        #expect(argv == ["build", "--progress", "plain", "--iidfile", "/p/iid", "-f", "/p/ctx/Dockerfile", "-t", "registry.example/app:dev",
                         "--cache-from", "registry.example/app:latest", "--cache-from", "registry.example/app:edge",
                         "--build-arg", "BUILDKIT_INLINE_CACHE=1", "/p/ctx"])
        let plain = DockerCommands.build(DockerBuildConfig(context: "ctx", contextDirectory: "ctx", image: "a"), contextPath: "/p/ctx", iidFile: "/p/iid", labels: [:])
        #expect(!plain.contains("--cache-from"))
        #expect(!plain.contains("BUILDKIT_INLINE_CACHE=1"))
    }

    @Test func aBadCacheFromReferenceIsRefusedWhereItIsWritten() {
        let problems = errors("""
        {"version": 1, "stages": {"image": {"kind": "docker-build", "context": "ctx", "image": "app",
          "cacheFrom": ["Not A Reference"]}}}
        """)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("stages.image.cacheFrom[0]") == true, "\(problems)")
    }
}
