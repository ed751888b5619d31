# Staging: the production shape at the smallest sizes that still run both colours of every
# service during a deploy; one NAT gateway, no RDS standby, no Redis replica, spot nodes.
module "environment" {
  source = "../../modules/environment"

  environment = "staging"
  vpc_cidr    = "10.20.0.0/16"
  azs         = slice(data.aws_availability_zones.available.names, 0, 3)

  single_nat_gateway = true

  kubernetes_version           = "1.34"
  node_instance_types          = ["t3a.large", "t3.large"]
  node_capacity_type           = "SPOT"
  node_min_size                = 2
  node_max_size                = 5
  node_desired_size            = 3
  endpoint_public_access_cidrs = var.endpoint_public_access_cidrs
  admin_role_arns              = var.admin_role_arns
  github_repository            = var.github_repository
  github_oidc_provider_arn     = data.aws_iam_openid_connect_provider.github.arn

  db_instance_class        = "db.t4g.medium"
  db_multi_az              = false
  db_allocated_storage     = 20
  db_backup_retention_days = 7
  db_deletion_protection   = true

  redis_node_type = "cache.t4g.small"
  redis_replicas  = 0

  # raise by one to rotate (infrastructure/README.md, Secrets layout); never lower
  redis_auth_token_version  = 1
  database_password_version = 1

  log_retention_days          = 30
  secret_recovery_window_days = 7
}
