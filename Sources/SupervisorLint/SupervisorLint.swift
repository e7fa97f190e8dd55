// SupervisorLint
