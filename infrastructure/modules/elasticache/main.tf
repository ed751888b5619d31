# Redis 7 (ElastiCache, cluster mode off): TLS in transit, encrypted at rest, an AUTH token.
# The token never enters the Terraform state: it lives in its own secret (modules/random-secret),
# and the group reads it back from there, write-only, so a replaced group gets the very token the
# secret holds.
module "auth_token" {
  source = "../random-secret"

  name                 = var.auth_token_secret_name
  description          = "Redis AUTH token of ${var.name}: REDIS_AUTH_TOKEN"
  key                  = "REDIS_AUTH_TOKEN"
  length               = 64 # letters and digits: it goes into a URI, and ElastiCache refuses some punctuation
  value_version        = var.auth_token_version
  kms_key_arn          = var.kms_key_arn
  recovery_window_days = var.secret_recovery_window_days
  tags                 = var.tags
}

ephemeral "aws_secretsmanager_secret_version" "auth_token" {
  secret_id  = module.auth_token.arn
  version_id = module.auth_token.version_id
}

resource "aws_security_group" "this" {
  name        = "${var.name}-redis"
  description = "Redis of ${var.name}"
  vpc_id      = var.vpc_id
  tags        = var.tags
}

resource "aws_vpc_security_group_ingress_rule" "redis" {
  # count, not for_each: the security group ids are unknown until the cluster exists
  count = length(var.allowed_security_group_ids)

  security_group_id            = aws_security_group.this.id
  referenced_security_group_id = var.allowed_security_group_ids[count.index]
  ip_protocol                  = "tcp"
  from_port                    = 6379
  to_port                      = 6379
  description                  = "Redis from the cluster"
}

resource "aws_elasticache_replication_group" "this" {
  replication_group_id = var.name
  description          = "BizSuite Redis (${var.name})"

  engine               = "redis"
  engine_version       = var.engine_version
  parameter_group_name = "default.redis7"
  node_type            = var.node_type
  port                 = 6379

  num_cache_clusters         = 1 + var.replicas
  automatic_failover_enabled = var.replicas > 0
  multi_az_enabled           = var.replicas > 0

  subnet_group_name  = var.subnet_group_name
  security_group_ids = [aws_security_group.this.id]

  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  at_rest_encryption_enabled = true
  kms_key_id                 = var.kms_key_arn
  auth_token_wo              = jsondecode(ephemeral.aws_secretsmanager_secret_version.auth_token.secret_string).REDIS_AUTH_TOKEN
  auth_token_wo_version      = var.auth_token_version
  auth_token_update_strategy = "ROTATE"

  snapshot_retention_limit = var.snapshot_retention_days
  snapshot_window          = "20:00-21:00"
  maintenance_window       = "sun:22:30-sun:23:30"

  auto_minor_version_upgrade = true
  apply_immediately          = false

  tags = var.tags
}
