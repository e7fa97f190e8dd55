import Basics

/// The argv of every docker call the docker kinds make, built from typed values. Pure, so each
/// kind's exact command lines are tested without an engine, and the `$ …` line a stage prints
/// is the argv it really runs.
public enum DockerCommands {
    /// `docker build` with BuildKit: plain progress, the image ID written to `iidFile`, args,
    /// target, platform, network, labels (sorted by name), secrets by name only (their values
    /// travel in the client's environment, never on its command line), and the layer cache:
    /// `--cache-from` images and BuildKit's inline cache metadata.
    public static func build(_ config: DockerBuildConfig, contextPath: String, iidFile: String, labels: [String: String]) -> [String] {
        var arguments = ["build", "--progress", "plain", "--iidfile", iidFile, "-f", Paths.join(contextPath, config.dockerfile), "-t", config.image]
        for (name, value) in config.args.sorted(by: { $0.key < $1.key }) { arguments += ["--build-arg", "\(name)=\(value)"] }
        if let target = config.target { arguments += ["--target", target] }
        if let platform = config.platform { arguments += ["--platform", platform] }
        if let network = config.network { arguments += ["--network", network] }
        for (name, value) in labels.sorted(by: { $0.key < $1.key }) { arguments += ["--label", "\(name)=\(value)"] }
        for name in config.secrets { arguments += ["--secret", "id=\(name),env=\(name)"] }
        for reference in config.cacheFrom { arguments += ["--cache-from", reference] }
        if config.inlineCache { arguments += ["--build-arg", "BUILDKIT_INLINE_CACHE=1"] }
        return arguments + [contextPath]
    }

    /// `docker run -d` of a smoke container: a unique name, the label that finds leftovers,
    /// the network, environment variables by name (values come from the client's environment),
    /// ports published on 127.0.0.1 only (bridge network), then the image and its arguments.
    public static func run(_ config: SmokeConfig, container: String, stage: String, image: String, environmentNames: [String]) -> [String] {
        var arguments = ["run", "-d", "--name", container, "--label", "pipeline.smoke=\(stage)", "--network", config.network]
        for name in environmentNames.sorted() { arguments += ["-e", name] }
        if config.network == "bridge" {
            for port in config.ports { arguments += ["-p", "127.0.0.1::\(port)"] }
        }
        return arguments + [image] + config.args
    }

    /// The image ID a name points at.
    public static func imageID(_ image: String) -> [String] { ["image", "inspect", "--format", "{{.Id}}", image] }

    /// A container's HEALTHCHECK status (`none` without one), state and exit code, one line.
    public static func containerState(_ container: String) -> [String] {
        ["inspect", "--format", "{{if .State.Health}}{{.State.Health.Status}}{{else}}none{{end}} {{.State.Status}} {{.State.ExitCode}}", container]
    }

    public static func exec(_ container: String, _ command: [String]) -> [String] { ["exec", container] + command }

    public static func logs(_ container: String, tail: Int? = nil) -> [String] {
        ["logs"] + (tail.map { ["--tail", String($0)] } ?? []) + [container]
    }

    public static func port(_ container: String, _ port: Int) -> [String] { ["port", container, "\(port)/tcp"] }

    /// Removes a smoke container with its anonymous volumes, running or not.
    public static func remove(_ container: String) -> [String] { ["rm", "-f", "-v", container] }

    public static func tag(_ source: String, _ reference: String) -> [String] { ["tag", source, reference] }

    public static func push(_ reference: String) -> [String] { ["push", reference] }

    /// The registry's manifest of `reference` (`--insecure` for a registry on the loopback
    /// interface, which speaks plain HTTP).
    public static func manifestInspect(_ reference: String) -> [String] {
        ["manifest", "inspect"] + (ImageReference.isLoopbackRegistry(reference) ? ["--insecure"] : []) + [reference]
    }
}
