import Basics
import Testing
@testable import Pipeline

/// The engine-API requests the docker kinds send, and the parsing of what the engine answers.
@Suite struct DockerAPITests {
    func text(_ request: DockerAPIRequest) -> String { String(decoding: request.bytes, as: UTF8.self) }

    @Test func aRequestWithoutBodyIsHTTP10WithHostAndNoLength() {
        #expect(text(DockerAPI.version()) == "GET /version HTTP/1.0\r\nHost: docker\r\nUser-Agent: pipeline\r\n\r\n")
    }

    @Test func aBodyCarriesItsTypeAndByteLength() {
        let request = DockerAPI.createExec("c1", ["echo", "é"])
        #expect(request.body == #"{"AttachStdout":true,"AttachStderr":true,"Cmd":["echo","é"]}"#)
        #expect(text(request).hasPrefix("POST /containers/c1/exec HTTP/1.0\r\n"))
        #expect(text(request).contains("Content-Length: \(request.body!.utf8.count)\r\n\r\n" + request.body!))
    }

    @Test(arguments: [
        (DockerAPI.inspectImage("127.0.0.1:5000/team/app:dev"), "GET", "/images/127.0.0.1:5000/team/app:dev/json"),
        (DockerAPI.inspectImage("sha256:abc"), "GET", "/images/sha256:abc/json"),
        (DockerAPI.tag("sha256:abc", "127.0.0.1:5000/team/app:1.2"), "POST", "/images/sha256:abc/tag?repo=127.0.0.1%3A5000%2Fteam%2Fapp&tag=1.2"),
        (DockerAPI.tag("sha256:abc", "app"), "POST", "/images/sha256:abc/tag?repo=app&tag=latest"),
        (DockerAPI.startContainer("pipeline-smoke-s-1"), "POST", "/containers/pipeline-smoke-s-1/start"),
        (DockerAPI.logs("c", tail: 100), "GET", "/containers/c/logs?stdout=1&stderr=1&tail=100"),
        (DockerAPI.logs("c"), "GET", "/containers/c/logs?stdout=1&stderr=1"),
        (DockerAPI.removeContainer("c"), "DELETE", "/containers/c?force=1&v=1"),
        (DockerAPI.waitContainer("c"), "POST", "/containers/c/wait"),
        (DockerAPI.startExec("e 1"), "POST", "/exec/e%201/start"),
        (DockerAPI.inspectExec("e1"), "GET", "/exec/e1/json"),
    ])
    func methodAndPathOfEachCall(request: DockerAPIRequest, method: String, path: String) {
        #expect(request.method == method)
        #expect(request.path == path)
    }

    @Test func createMatchesWhatDockerRunDWouldAsk() {
        let config = SmokeConfig(network: "bridge", ports: [8080, 9090], args: ["serve", "--port=8080"])
        let request = DockerAPI.createContainer(config, container: "pipeline-smoke-s-1", stage: "s", image: "sha256:abc",
                                                environment: ["TOKEN": "v=1", "MODE": "test"])
        #expect(request.path == "/containers/create?name=pipeline-smoke-s-1")
        #expect(request.body == #"{"Image":"sha256:abc","Cmd":["serve","--port=8080"],"Env":["MODE=test","TOKEN=v=1"],"#
            + #""Labels":{"pipeline.smoke":"s"},"ExposedPorts":{"8080/tcp":{},"9090/tcp":{}},"HostConfig":{"NetworkMode":"bridge","#
            + #""PortBindings":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":""}],"9090/tcp":[{"HostIp":"127.0.0.1","HostPort":""}]}}}"#)
    }

    @Test func hostNetworkPublishesNothingAndKeepsTheImageCommand() {
        let request = DockerAPI.createContainer(SmokeConfig(network: "host", ports: [8080]), container: "c", stage: "s", image: "i", environment: [:])
        #expect(request.body == #"{"Image":"i","Labels":{"pipeline.smoke":"s"},"HostConfig":{"NetworkMode":"host"}}"#)
    }

    func parse(_ text: String) -> Result<HTTPResponse, HTTPError> { HTTPResponse.parse(Array(text.utf8)) }

    @Test func contentLengthBoundsTheBody() throws {
        let response = try parse("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\n{\"a\":1}").get()
        #expect(response.status == 200)
        #expect(response.body == Array("{\"a\":".utf8))
    }

    @Test func chunkedBodiesAreJoined() throws {
        let response = try parse("HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"me\r\nA;x=1\r\nssage\":\"n\"\r\n1\r\n}\r\n0\r\n\r\n").get()
        #expect(response.status == 404)
        #expect(String(decoding: response.body, as: UTF8.self) == #"{"message":"n"}"#)
        #expect(response.engineErrorText == "Error response from daemon: n")
    }

    @Test func withoutLengthTheBodyRunsToTheEnd() throws {
        let response = try parse("HTTP/1.0 200 OK\r\nContent-Type: application/vnd.docker.raw-stream\r\n\r\n\u{1}\0\0\0\0\0\0\u{2}hi").get()
        #expect(response.body.count == 10)
    }

    @Test(arguments: [
        ("", "the server closed the connection without answering"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 4\r\n", "the answer ended inside its headers"),
        ("SSH-2.0-OpenSSH\r\n\r\n", "the answer is not HTTP: SSH-2.0-OpenSSH"),
        ("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc", "the answer is cut short (3 of 9 bytes)"),
        ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab", "the chunked answer is cut short"),
    ])
    func brokenAnswersSayWhatIsWrong(text: String, message: String) {
        #expect(parse(text) == .failure(HTTPError(message)))
    }

    @Test func anErrorWithoutJSONShowsItsTextOrStatus() {
        #expect(HTTPResponse(status: 500, body: Array("boom\n".utf8)).engineErrorText == "Error response from daemon: boom")
        #expect(HTTPResponse(status: 502, body: []).engineErrorText == "Error response from daemon: HTTP status 502")
    }

    @Test func answersYieldTheFactsTheKindsNeed() {
        func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
        #expect(DockerAPIAnswers.version(bytes(#"{"Version":"20.10.24","Os":"linux","Arch":"amd64","ApiVersion":"1.41"}"#))! == ("20.10.24", "linux/amd64"))
        #expect(DockerAPIAnswers.id(bytes(#"{"Id":"sha256:abc","RepoTags":[]}"#)) == "sha256:abc")
        let running = #"{"State":{"Status":"running","ExitCode":0,"Health":{"Status":"starting"}},"NetworkSettings":{"Ports":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"49153"}]}}}"#
        #expect(DockerAPIAnswers.containerState(bytes(running))! == ("starting", "running", "0"))
        #expect(DockerAPIAnswers.containerState(bytes(#"{"State":{"Status":"exited","ExitCode":137}}"#))! == ("none", "exited", "137"))
        #expect(DockerAPIAnswers.publishedPort(bytes(running), 8080) == 49153)
        #expect(DockerAPIAnswers.publishedPort(bytes(running), 9090) == nil)
        #expect(DockerAPIAnswers.execExitCode(bytes(#"{"Running":false,"ExitCode":3}"#)) == 3)
        #expect(DockerAPIAnswers.execExitCode(bytes(#"{"Running":true,"ExitCode":null}"#)) == nil)
        #expect(DockerAPIAnswers.waitStatus(bytes(#"{"StatusCode":2,"Error":null}"#)) == 2)
    }

    static func frame(_ stream: UInt8, _ text: String) -> [UInt8] {
        let payload = Array(text.utf8)
        let size = UInt32(payload.count)
        return [stream, 0, 0, 0, UInt8(size >> 24), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)] + payload
    }

    @Test func framesAreSplitWhereverTheBytesAreCut() {
        let stream = Self.frame(1, "out 1\n") + Self.frame(2, "err\n") + Self.frame(1, "") + Self.frame(1, String(repeating: "x", count: 300))
        for cut in 0...stream.count {
            var demultiplexer = DockerStreamDemultiplexer()
            let frames = demultiplexer.feed(stream[..<cut]) + demultiplexer.feed(stream[cut...])
            #expect(frames.map(\.stream) == [1, 2, 1, 1], "cut at \(cut)")
            #expect(frames.map { String(decoding: $0.payload, as: UTF8.self) } == ["out 1\n", "err\n", "", String(repeating: "x", count: 300)])
            #expect(demultiplexer.leftover.isEmpty)
        }
    }

    @Test func aTTYStreamPassesThroughAndACutFrameIsKept() {
        #expect(DockerStreamDemultiplexer.merged(Array("plain text\n".utf8)) == Array("plain text\n".utf8))
        let cut = Self.frame(1, "whole\n") + Array(Self.frame(2, "cut short").prefix(12))
        #expect(String(decoding: DockerStreamDemultiplexer.merged(cut), as: UTF8.self).hasPrefix("whole\n"))
        #expect(DockerStreamDemultiplexer.merged(cut).count == 6 + 12)
    }
}
