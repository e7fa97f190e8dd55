// ShellLint
