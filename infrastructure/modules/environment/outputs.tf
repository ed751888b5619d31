output "region" {
  description = "Region of the environment."
  value       = data.aws_region.current.region
}

output "cluster_name" {
  description = "EKS cluster (aws eks update-kubeconfig --name ... --alias bizsuite-<environment>)."
  value       = module.eks.cluster_name
}

output "cluster_endpoint" {
  description = "EKS API server endpoint."
  value       = module.eks.cluster_endpoint
}

output "load_balancer_controller_role_arn" {
  description = "IRSA role of kube-system/aws-load-balancer-controller."
  value       = module.eks.load_balancer_controller_role_arn
}

output "external_secrets_role_arn" {
  description = "IRSA role of external-secrets/external-secrets."
  value       = module.eks.external_secrets_role_arn
}

output "github_deploy_role_arn" {
  description = "AWS_DEPLOY_ROLE_ARN of the GitHub environment."
  value       = module.eks.github_deploy_role_arn
}

output "db_instance_identifier" {
  description = "RDS instance (scripts/db-backup.sh, scripts/db-restore.sh)."
  value       = module.rds.identifier
}

output "db_address" {
  description = "RDS host name."
  value       = module.rds.address
}

output "db_master_user_secret_arn" {
  description = "RDS-managed secret of the master user (break-glass, creating the services' role)."
  value       = module.rds.master_user_secret_arn
}

output "redis_primary_endpoint" {
  description = "ElastiCache primary endpoint."
  value       = module.elasticache.primary_endpoint
}

output "secret_names" {
  description = "Secrets Manager names the ExternalSecrets read."
  value       = module.secrets.secret_names
}

output "nat_public_ips" {
  description = "Egress addresses (the SMS provider's allow-list)."
  value       = module.vpc.nat_public_ips
}

output "kms_key_arn" {
  description = "Key of the environment's data stores and secrets."
  value       = aws_kms_key.data.arn
}
