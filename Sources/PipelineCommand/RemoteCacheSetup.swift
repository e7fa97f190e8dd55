import Basics
import Executor
import Pipeline
import SystemIO

/// Turns pipeline.json's `cache` section, `--remote-cache` / `PIPELINE_REMOTE_CACHE` and
/// `--remote-upload` into the run's remote stage cache, or nil when there is none.
enum RemoteCacheSetup {
    static func make(_ definition: PipelineDefinition, _ global: GlobalOptions, system: SystemContext) throws -> RemoteStageCache? {
        let override = global.remoteCache ?? system.environment["PIPELINE_REMOTE_CACHE"]
        let settings: RemoteCacheSettings?
        do {
            settings = try RemoteCacheSettings.resolve(definition.cacheSection, override: override, upload: global.remoteUpload)
        } catch {
            let source = global.remoteCache != nil ? "--remote-cache" : "PIPELINE_REMOTE_CACHE"
            throw UsageError("\(source): \(error.description)")
        }
        guard let settings else { return nil }
        let address = settings.address
        let transport = KeepAliveHTTPClient(host: address.host, port: address.port, hostHeader: address.hostHeader, tls: address.secure,
                                            connectTimeoutMilliseconds: settings.timeoutMilliseconds,
                                            ioTimeoutMilliseconds: settings.timeoutMilliseconds)
        return RemoteStageCache(settings: settings, transport: transport, secrets: definition.setSecrets)
    }
}
