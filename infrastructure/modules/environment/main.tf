# One environment: network, cluster, database, Redis, the secrets the services read, and the key
# that encrypts the data stores and the secrets. staging and production call this with their sizes.
data "aws_caller_identity" "current" {}
data "aws_region" "current" {}

locals {
  name = "bizsuite-${var.environment}"
  tags = merge(var.tags, {
    Project     = "bizsuite"
    Environment = var.environment
    ManagedBy   = "terraform"
  })
  # Built here rather than read from module.secrets: the cluster's roles need it, and the secrets
  # need the database, which needs the cluster's security group.
  secret_arn_pattern = "arn:aws:secretsmanager:${data.aws_region.current.region}:${data.aws_caller_identity.current.account_id}:secret:bizsuite/${var.environment}/*"
}

resource "aws_kms_key" "data" {
  description             = "${local.name}: RDS, ElastiCache, Secrets Manager"
  enable_key_rotation     = true
  deletion_window_in_days = 30
  tags                    = local.tags
}

resource "aws_kms_alias" "data" {
  name          = "alias/${local.name}-data"
  target_key_id = aws_kms_key.data.key_id
}

module "vpc" {
  source = "../vpc"

  name                    = local.name
  cidr                    = var.vpc_cidr
  azs                     = var.azs
  cluster_name            = local.name
  single_nat_gateway      = var.single_nat_gateway
  flow_log_retention_days = var.log_retention_days
  tags                    = local.tags
}

module "eks" {
  source = "../eks"

  name                          = local.name
  environment                   = var.environment
  kubernetes_version            = var.kubernetes_version
  vpc_id                        = module.vpc.vpc_id
  subnet_ids                    = module.vpc.private_subnet_ids
  endpoint_public_access_cidrs  = var.endpoint_public_access_cidrs
  node_instance_types           = var.node_instance_types
  node_capacity_type            = var.node_capacity_type
  node_min_size                 = var.node_min_size
  node_max_size                 = var.node_max_size
  node_desired_size             = var.node_desired_size
  admin_role_arns               = var.admin_role_arns
  github_repository             = var.github_repository
  github_oidc_provider_arn      = var.github_oidc_provider_arn
  external_secrets_secret_arns  = [local.secret_arn_pattern]
  external_secrets_kms_key_arns = [aws_kms_key.data.arn]
  log_retention_days            = var.log_retention_days
  tags                          = local.tags
}

module "rds" {
  source = "../rds"

  identifier                 = local.name
  vpc_id                     = module.vpc.vpc_id
  db_subnet_group_name       = module.vpc.database_subnet_group_name
  allowed_security_group_ids = [module.eks.node_security_group_id]
  instance_class             = var.db_instance_class
  multi_az                   = var.db_multi_az
  allocated_storage          = var.db_allocated_storage
  backup_retention_days      = var.db_backup_retention_days
  deletion_protection        = var.db_deletion_protection
  kms_key_arn                = aws_kms_key.data.arn
  tags                       = local.tags
}

module "elasticache" {
  source = "../elasticache"

  name                        = local.name
  vpc_id                      = module.vpc.vpc_id
  subnet_group_name           = module.vpc.elasticache_subnet_group_name
  allowed_security_group_ids  = [module.eks.node_security_group_id]
  node_type                   = var.redis_node_type
  replicas                    = var.redis_replicas
  kms_key_arn                 = aws_kms_key.data.arn
  auth_token_secret_name      = "bizsuite/${var.environment}/redis-auth-token"
  auth_token_version          = var.redis_auth_token_version
  secret_recovery_window_days = var.secret_recovery_window_days
  tags                        = local.tags
}

module "secrets" {
  source = "../secrets"

  environment                        = var.environment
  kms_key_arn                        = aws_kms_key.data.arn
  database_host                      = module.rds.address
  database_port                      = module.rds.port
  database_name                      = module.rds.database_name
  redis_host                         = module.elasticache.primary_endpoint
  redis_port                         = module.elasticache.port
  redis_auth_token_secret_arn        = module.elasticache.auth_token_secret_arn
  redis_auth_token_secret_version_id = module.elasticache.auth_token_secret_version_id
  database_password_version          = var.database_password_version
  recovery_window_days               = var.secret_recovery_window_days
  tags                               = local.tags
}
