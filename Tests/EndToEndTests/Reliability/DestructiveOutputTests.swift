import Foundation
import Testing

/// Outputs never destroy what a stage did not make: the red-team cases, each as a user starts.
@Suite struct DestructiveOutputTests {
    @Test func anOutputThroughASymlinkOutOfTheProjectTouchesNothing() throws {
        let outside = try Project()
        try outside.write("keep.txt", "precious\n")
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","outputs":["link/keep.txt"],"sh":"exit 1"}}}"#)
        try FileManager.default.createSymbolicLink(atPath: project.path + "/link", withDestinationPath: outside.path)
        let result = try project.run("build")
        #expect(result.code == 1)
        #expect(result.stderr.contains("output 'link/keep.txt' leads outside the project: 'link' resolves to "), "\(result.stderr)")
        #expect(outside.read("keep.txt") == "precious\n")
    }

    @Test func aGlobOutputInASymlinkedDirectoryOutOfTheProjectIsRefused() throws {
        let outside = try Project()
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","outputs":["link/*.txt"],"sh":"echo x > link/made.txt"}}}"#)
        try FileManager.default.createSymbolicLink(atPath: project.path + "/link", withDestinationPath: outside.path)
        let result = try project.run("build")
        #expect(result.code == 1)
        #expect(result.stderr.contains("output 'link' leads outside the project: 'link' resolves to "), "\(result.stderr)")
        #expect(!outside.exists("made.txt"), "the command never ran")
    }

    @Test(arguments: ["**", "*", "*.json", "pipeline.json", "./pipeline.json"])
    func outputsClaimingThePipelineFileAreRefusedAtLoad(_ output: String) throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","outputs":["\#(output)"],"sh":"exit 1"}}}"#)
        try project.write("src/main.c", "code\n")
        let result = try project.run("build")
        #expect(result.code == 2)
        #expect(result.stderr.contains("pipeline.json:1:68: stages.s.outputs[0]: '\(output)' would claim pipeline.json"), "\(result.stderr)")
        #expect(project.read("pipeline.json") != nil)
        #expect(project.read("src/main.c") == "code\n")
    }

    @Test func anOutputThatIsAnInputOfTheSameStageIsRefused() throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","inputs":["data.txt"],"outputs":["*.txt"],"sh":"tr a-z A-Z < data.txt > t && mv t data.txt"}}}"#)
        try project.write("data.txt", "important\n")
        let result = try project.run("build")
        #expect(result.code == 2)
        #expect(result.stderr.contains("'*.txt' claims 'data.txt', an input of this stage"), "\(result.stderr)")
        #expect(project.read("data.txt") == "important\n")
    }

    @Test func twoStagesWithOneOutputAreRefusedNamingBoth() throws {
        let project = try Project("""
        { "version": 1, "default": "use", "stages": {
          "a": { "kind": "exec", "inputs": ["a.in"], "outputs": ["same.txt"], "sh": "echo from-a > same.txt" },
          "b": { "kind": "exec", "inputs": ["b.in"], "outputs": ["gen/../same.txt"], "sh": "echo from-b > same.txt" },
          "use": { "kind": "exec", "needs": ["a", "b"], "inputs": ["same.txt"], "outputs": ["use.txt"], "sh": "cat same.txt > use.txt" } } }
        """)
        let result = try project.run("build")
        #expect(result.code == 2)
        #expect(result.stderr.contains("pipeline.json:3:58: stages.b.outputs[0]: 'gen/../same.txt' overlaps output 'same.txt' of stage 'a' (line 2, column 58)"), "\(result.stderr)")
    }

    @Test func onlyFilesTheStageRecordedAreRemovedBeforeItRuns() throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","inputs":["in.txt"],"outputs":["out/*.txt"],"sh":"cat in.txt > out/made.txt"}}}"#)
        try project.write("in.txt", "1\n")
        try project.write("out/hand-written.txt", "mine\n")
        #expect(try project.run("build").code == 0)
        try project.write("in.txt", "2\n")
        try project.write("out/made.txt", "stale\n")
        #expect(try project.run("build").code == 0)
        #expect(project.read("out/hand-written.txt") == "mine\n", "never recorded as made by the stage, so never removed")
        #expect(project.read("out/made.txt") == "2\n")
    }

    @Test func aPrivateOutputIsRestoredWithItsMode() throws {
        let project = try Project(#"{"version":1,"default":"s","stages":{"s":{"kind":"exec","outputs":["key.pem"],"sh":"umask 077; echo K > key.pem"}}}"#)
        #expect(try project.run("build").code == 0)
        try FileManager.default.removeItem(atPath: project.path + "/key.pem")
        let second = try project.run("build")
        #expect(second.stdout.contains("1 cached"), "\(second.stdout)")
        let mode = try FileManager.default.attributesOfItem(atPath: project.path + "/key.pem")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let blobs = FileManager.default.enumerator(atPath: project.path + "/.pipeline/cache/blobs")?.compactMap { $0 as? String } ?? []
        let keyBlobs = blobs.filter { project.read(".pipeline/cache/blobs/" + $0) == "K\n" }
        #expect(keyBlobs.count == 1)
        for blob in keyBlobs {
            let blobMode = try FileManager.default.attributesOfItem(atPath: project.path + "/.pipeline/cache/blobs/" + blob)[.posixPermissions] as? Int
            #expect(blobMode == 0o600, "the cached copy of the key is readable by others")
        }
    }
}
