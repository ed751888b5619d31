# Everything the environment exposes (terraform output -json environment), and the few values the
# workflows and scripts read alone.
output "environment" {
  description = "Every output of the environment module."
  value       = module.environment
}

output "cluster_name" {
  description = "EKS cluster: GitHub environment variable EKS_CLUSTER_NAME."
  value       = module.environment.cluster_name
}

output "github_deploy_role_arn" {
  description = "GitHub environment variable AWS_DEPLOY_ROLE_ARN."
  value       = module.environment.github_deploy_role_arn
}

output "secret_names" {
  description = "Secrets Manager names the ExternalSecrets read."
  value       = module.environment.secret_names
}
