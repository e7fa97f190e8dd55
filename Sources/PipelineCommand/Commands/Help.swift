/// The help texts. Kept in one place so they read as one document and tests can compare them
/// word for word.
enum Help {
    static let options = """
    Options:
      -C DIR               run as if started in DIR
      -f FILE              read FILE instead of pipeline.json
      -j N                 run up to N stages at once, 1 to 1024 (default: number of cores)
      -k, --keep-going     after a failure, run everything that does not depend on it
          --no-cache       run every selected stage, ignoring the cache
          --force STAGE    run STAGE even if cached; lets a push stage move release tags
          --set NAME=VALUE override a variable (repeatable)
      -v, --verbose        show every output line and skipped stages
      -q, --quiet          show only failures
          --color WHEN     auto, always or never (default: auto; NO_COLOR is honoured)
          --trace FILE     write a Chrome trace of the run (open in Perfetto)
          --junit FILE     write a JUnit XML report of the run
      -h, --help           show help
          --version        show the version
    """

    static var main: String {
        var text = """
        pipeline: build, test and ship container images from pipeline.json.

        Usage: pipeline [options] COMMAND [ARGS]

        Commands:

        """
        let width = Commands.all.map { $0.name.count }.max() ?? 0
        for command in Commands.all {
            text += "  " + command.name + String(repeating: " ", count: width - command.name.count + 3) + command.summary + "\n"
        }
        text += "\n" + options + "\n\nExit codes: 0 success, 1 a stage failed, 2 usage or pipeline.json error, 128+N stopped by signal N (130 Ctrl-C, 143 SIGTERM, 129 SIGHUP).\n"
        text += "Run 'pipeline COMMAND --help' for a command's own help.\n"
        return text
    }

    static func command(_ command: any Command.Type) -> String {
        "Usage: " + command.usage + "\n\n" + options + "\n"
    }
}
