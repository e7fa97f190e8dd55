/// Reading a whole HTTP/1.x answer, as read to the end of its connection.
extension HTTPResponse {
    /// Whether the status is 2xx.
    public var succeeded: Bool { (200..<300).contains(status) }

    /// Parses a whole HTTP/1.x answer read to the end of the connection: the status line, the
    /// headers, then the body by `Content-Length`, chunked, or up to the end.
    public static func parse(_ bytes: [UInt8]) -> Result<HTTPResponse, HTTPError> {
        guard let headerEnd = find([13, 10, 13, 10], in: bytes[...]) else {
            return .failure(HTTPError(bytes.isEmpty ? "the server closed the connection without answering"
                                                    : "the answer ended inside its headers"))
        }
        let head = String(decoding: bytes[..<headerEnd], as: UTF8.self)
        var lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
        let statusParts = lines.isEmpty ? [] : lines.removeFirst().split(separator: " ")
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            return .failure(HTTPError("the answer is not HTTP: \(String(head.prefix(60)))"))
        }
        var length: Int?
        var chunked = false
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace
            if name == "content-length" { length = Int(value) }
            if name == "transfer-encoding", value.lowercased().contains("chunked") { chunked = true }
        }
        let rest = bytes[(headerEnd + 4)...]
        if chunked {
            guard let body = dechunk(rest) else { return .failure(HTTPError("the chunked answer is cut short")) }
            return .success(HTTPResponse(status: status, body: body))
        }
        if let length {
            guard rest.count >= length else { return .failure(HTTPError("the answer is cut short (\(rest.count) of \(length) bytes)")) }
            return .success(HTTPResponse(status: status, body: Array(rest.prefix(length))))
        }
        return .success(HTTPResponse(status: status, body: Array(rest)))
    }

    private static func dechunk(_ bytes: ArraySlice<UInt8>) -> [UInt8]? {
        var body: [UInt8] = []
        var position = bytes.startIndex
        while true {
            guard let lineEnd = find([13, 10], in: bytes[position...]) else { return nil }
            let sizeText = String(decoding: bytes[position..<lineEnd], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(String(sizeText).trimmingWhitespace, radix: 16), size >= 0 else { return nil }
            position = lineEnd + 2
            if size == 0 { return body }
            guard bytes.endIndex - position >= size else { return nil }
            body += bytes[position..<(position + size)]
            position += size + 2
        }
    }

    private static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var i = haystack.startIndex
        while i <= haystack.endIndex - needle.count {
            if haystack[i] == needle[0], haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
