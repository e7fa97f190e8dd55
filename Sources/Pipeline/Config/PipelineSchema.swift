/// The stage kinds pipeline.json version 1 knows.
public enum StageKind: String, Sendable, CaseIterable, Hashable {
    case exec
    case lint
    case render
    case dockerBuild = "docker-build"
    case smoke
    case tag
    case push
}

/// Every key pipeline.json version 1 accepts, with its type and meaning.
public enum PipelineSchema {
    /// The top-level object.
    public static let document = ObjectSchema([
        FieldSchema("$schema", .string, "Path or URL of this JSON Schema, for editors."),
        FieldSchema("version", .integer(minimum: 1, maximum: 1), required: true, "Format version of this file; must be 1."),
        FieldSchema("name", .string, "Name of the project, shown in summaries."),
        FieldSchema("default", .string, "Target or stage that `pipeline build` runs."),
        FieldSchema("vars", .stringMap, "Variables for ${NAME} expansion; the environment and --set override them."),
        FieldSchema("secrets", .stringList, "Names read from the environment only, redacted everywhere they would be shown."),
        FieldSchema("stages", .map(of: .stage), required: true, "The stages, by name."),
        FieldSchema("targets", .map(of: .nonEmptyStringList), "Named groups of stages and targets."),
        FieldSchema("cache", .object(cacheSection), "The shared remote stage cache (Bazel's HTTP cache protocol)."),
    ])

    /// `cache`: the remote stage cache.
    public static let cacheSection = ObjectSchema([
        FieldSchema("remote", .string, "http:// or https:// address of a Bazel HTTP cache (nginx with WebDAV, bazel-remote); --remote-cache and PIPELINE_REMOTE_CACHE override it."),
        FieldSchema("upload", .boolean, "Write results to the remote cache (default true; --remote-upload false reads only)."),
        FieldSchema("basicAuth", .string, "Name of a secret holding user:password, sent as Authorization: Basic."),
        FieldSchema("bearerToken", .string, "Name of a secret holding a token, sent as Authorization: Bearer."),
        FieldSchema("timeout", .duration, "Longest wait for the cache server to connect or answer (default 10s)."),
    ])

    /// Keys every stage has, whatever its kind.
    public static let commonStageFields: [FieldSchema] = [
        FieldSchema("kind", .enumeration(StageKind.allCases.map(\.rawValue)), required: true, "What the stage does."),
        FieldSchema("needs", .stringList, "Stages or targets that must finish first."),
        FieldSchema("inputs", .stringList, "Globs of files the stage reads, relative to the project root."),
        FieldSchema("outputs", .stringList, "Paths or globs the stage produces, relative to the project root."),
        FieldSchema("env", .stringMap, "Environment variables for the stage's commands."),
        FieldSchema("description", .string, "One line shown by `pipeline list`."),
    ]

    /// The keys of one kind beyond the common ones.
    public static func kindFields(_ kind: StageKind) -> ObjectSchema {
        switch kind {
        case .exec:
            ObjectSchema([
                FieldSchema("run", .nonEmptyStringList, "Command as an argv array, run without a shell."),
                FieldSchema("sh", .string, "Command line run by /bin/sh -c."),
                FieldSchema("cwd", .string, "Working directory, relative to the project root."),
            ], exactlyOneOf: [["run", "sh"]])
        case .lint:
            ObjectSchema([
                FieldSchema("failureThreshold", .enumeration(["error", "warning", "info", "style", "none"]),
                            "Lowest severity that fails the stage (default: warning)."),
                FieldSchema("ignore", .stringList, "Rule codes to ignore (DL3008, SC2086, PL…)."),
                FieldSchema("config", .string, "Path of a .hadolint.yaml to read."),
            ])
        case .render:
            ObjectSchema([
                FieldSchema("from", .string, required: true, "Directory copied into the stage's output directory."),
                FieldSchema("templates", .stringList, "Files under `from` in which {{ NAME }} is replaced."),
            ])
        case .dockerBuild:
            ObjectSchema([
                FieldSchema("context", .string, required: true, "Build context directory, or @stage for a stage's output."),
                FieldSchema("dockerfile", .string, "Dockerfile path relative to the context (default: Dockerfile)."),
                FieldSchema("image", .string, required: true, "Image name the build is tagged with."),
                FieldSchema("args", .stringMap, "Build arguments (--build-arg)."),
                FieldSchema("target", .string, "Build stage to stop at (--target)."),
                FieldSchema("platform", .string, "Target platform (--platform)."),
                FieldSchema("labels", .stringMap, "Extra image labels; OCI labels are added automatically."),
                FieldSchema("secrets", .stringList, "Secret names passed as BuildKit --secret, never as build args."),
                FieldSchema("network", .enumeration(["default", "host", "none"]), "Network for RUN instructions (--network)."),
                FieldSchema("cacheFrom", .stringList, "Images whose layers the build may reuse (--cache-from), such as the last pushed one."),
                FieldSchema("inlineCache", .boolean, "Store BuildKit's cache metadata in the image (BUILDKIT_INLINE_CACHE=1) for later cacheFrom builds."),
            ])
        case .smoke:
            ObjectSchema([
                FieldSchema("image", .string, "Image to run (default: the image of the docker-build stage it needs)."),
                FieldSchema("timeout", .duration, "How long checks may retry before the stage fails (default: 120s)."),
                FieldSchema("network", .enumeration(["bridge", "host", "none"]), "Container network (default: bridge)."),
                FieldSchema("ports", .array(of: .port, minItems: 0), "Container ports published on 127.0.0.1."),
                FieldSchema("args", .stringList, "Arguments passed to the container after the image."),
                FieldSchema("checks", .array(of: .object(smokeCheck), minItems: 0), "Probes that must all pass."),
            ])
        case .tag:
            ObjectSchema([
                FieldSchema("image", .string, "Image to tag (default: the image of the docker-build stage it needs)."),
                FieldSchema("repositories", .stringList, "Repositories that receive the tags (default: the image's)."),
                FieldSchema("defaultBranch", .string, "Branch that gets `edge` (default: main)."),
            ])
        case .push:
            ObjectSchema([
                FieldSchema("image", .string, "Image whose tags are pushed (default: from the tag stage it needs)."),
                FieldSchema("retries", .integer(minimum: 0, maximum: 20), "Attempts after a transient failure (default: 3)."),
            ])
        }
    }

    /// One entry of a smoke stage's `checks`.
    public static let smokeCheck = ObjectSchema([
        FieldSchema("exec", .nonEmptyStringList, "Command run inside the container."),
        FieldSchema("exitCode", .integer(minimum: 0, maximum: 255), "Expected exit code of `exec` (default: 0)."),
        FieldSchema("stdout", .string, "Regular expression the output of `exec` must match."),
        FieldSchema("http", .object(httpCheck), "HTTP request to a published port."),
        FieldSchema("log", .string, "Regular expression that must appear in the container's log."),
    ], exactlyOneOf: [["exec", "http", "log"]])

    /// The `http` probe of a smoke check.
    public static let httpCheck = ObjectSchema([
        FieldSchema("port", .port, required: true, "Container port to request."),
        FieldSchema("path", .string, "Request path (default: /)."),
        FieldSchema("status", .integer(minimum: 100, maximum: 599), "Expected status code (default: 200)."),
        FieldSchema("body", .string, "Regular expression the response body must match."),
    ])

    /// All keys a stage of `kind` accepts.
    public static func stageSchema(_ kind: StageKind) -> ObjectSchema {
        let specific = kindFields(kind)
        return ObjectSchema(commonStageFields + specific.fields, exactlyOneOf: specific.exactlyOneOf)
    }
}
