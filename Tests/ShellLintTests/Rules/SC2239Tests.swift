import Testing
@testable import ShellLint

/// `⚠️` marks where SC2239 must be reported; snippets without a marker must not report it.
@Suite struct SC2239Tests {
    @Test(arguments: ["⚠️#!bash\necho hi", "⚠️#! bash x\necho hi", "⚠️#!env bash\necho hi"])
    func catches(_ snippet: String) {
        expectMarked("SC2239", snippet, dialect: nil)
    }

    @Test(arguments: ["#!/bin/sh\necho hi", "#! /bin/sh\necho hi", "#!/usr/bin/env bash\necho hi", "#!\necho hi", "echo hi"])
    func ignores(_ snippet: String) {
        expectMarked("SC2239", snippet, dialect: nil)
    }
}
