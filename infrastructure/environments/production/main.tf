# Production: a NAT gateway and nodes in each of three zones, an RDS standby (Multi-AZ), a Redis
# replica with automatic failover, on-demand nodes, 30 days of point-in-time recovery.
module "environment" {
  source = "../../modules/environment"

  environment = "production"
  vpc_cidr    = "10.30.0.0/16"
  azs         = slice(data.aws_availability_zones.available.names, 0, 3)

  single_nat_gateway = false

  kubernetes_version           = "1.34"
  node_instance_types          = ["m7i.large", "m6i.large"]
  node_capacity_type           = "ON_DEMAND"
  node_min_size                = 3
  node_max_size                = 9
  node_desired_size            = 3
  endpoint_public_access_cidrs = var.endpoint_public_access_cidrs
  admin_role_arns              = var.admin_role_arns
  github_repository            = var.github_repository
  github_oidc_provider_arn     = data.aws_iam_openid_connect_provider.github.arn

  db_instance_class        = "db.m7g.large"
  db_multi_az              = true
  db_allocated_storage     = 100
  db_backup_retention_days = 30
  db_deletion_protection   = true

  redis_node_type = "cache.m7g.large"
  redis_replicas  = 1

  # raise by one to rotate (infrastructure/README.md, Secrets layout); never lower
  redis_auth_token_version  = 1
  database_password_version = 1

  log_retention_days          = 90
  secret_recovery_window_days = 30
}
