output "cluster_name" {
  description = "Name of the cluster (aws eks update-kubeconfig --name)."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "API server endpoint."
  value       = module.eks.cluster_endpoint
}

output "cluster_arn" {
  description = "ARN of the cluster."
  value       = module.eks.cluster_arn
}

output "oidc_provider_arn" {
  description = "The cluster's IRSA OIDC provider."
  value       = module.eks.oidc_provider_arn
}

output "node_security_group_id" {
  description = "Security group of the nodes, and so of the pods: RDS and ElastiCache admit it."
  value       = module.eks.node_security_group_id
}

output "load_balancer_controller_role_arn" {
  description = "eks.amazonaws.com/role-arn of the kube-system/aws-load-balancer-controller service account."
  value       = module.load_balancer_controller_irsa.arn
}

output "external_secrets_role_arn" {
  description = "eks.amazonaws.com/role-arn of the external-secrets/external-secrets service account."
  value       = module.external_secrets_irsa.arn
}

output "github_deploy_role_arn" {
  description = "Role of the deploy and database-migration workflows (GitHub environment variable AWS_DEPLOY_ROLE_ARN)."
  value       = var.github_repository == "" ? null : aws_iam_role.github_deploy[0].arn
}
