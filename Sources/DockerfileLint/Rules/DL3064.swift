extension DockerfileRule {
    /// Potentially sensitive data should not be used in the `ARG` or `ENV` commands
    ///
    /// Build args and env values stay readable in the image history; use `--mount=type=secret`.
    static let dl3064 = DockerfileRule(
        code: "DL3064", severity: .warning,
        message: "Potentially sensitive data should not be used in the `ARG` or `ENV` commands"
    ) { context, report in
        for item in context.instructions where item.kind == .arg || item.kind == .env {
            if item.instruction.pairs.contains(where: { isSensitiveName($0.key) }) { report.add(item) }
        }
    }

    /// Names that look like credentials (hadolint's substrings plus well-known variables).
    static func isSensitiveName(_ name: String) -> Bool {
        let lower = name.lowercased()
        let substrings = ["api_key", "client_key", "password", "private", "secret", "token", "username"]
        if substrings.contains(where: { lower.containsBytes($0) }) { return true }
        let known: Set = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "APPLICATION_KEY", "DOCKER_EMAIL",
                          "CI_DEPLOY_USER", "FACEBOOK_APP_ID", "HEROKU_API_USER", "OKTA_AUTHN_GROUPID",
                          "OKTA_CLIENT_ORGURL", "OKTA_OAUTH2_CLIENTID", "OS_USERNAME", "STRIPE_DEVICE_NAME",
                          "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO", "VAULT_CLIENT_KEY",
                          "BITTREX_API_KEY", "FOSSA_API_KEY", "HEROKU_API_KEY", "OPENAI_API_KEY", "STRIPE_API_KEY"]
        return known.contains(name.uppercased())
    }
}
