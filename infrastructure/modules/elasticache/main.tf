# Redis 7 (ElastiCache, cluster mode off): TLS in transit, encrypted at rest, an AUTH token.
# The token is generated, stored and handed to ElastiCache without entering the Terraform state:
# an ephemeral random value goes into its own secret write-only, and the group reads it back from
# there (write-only again), so a replaced group gets the very token the secret holds.
ephemeral "random_password" "auth_token" {
  length  = 64
  special = false # it goes into a URI, and ElastiCache refuses some punctuation
}

resource "aws_secretsmanager_secret" "auth_token" {
  name                    = var.auth_token_secret_name
  description             = "Redis AUTH token of ${var.name}: REDIS_AUTH_TOKEN"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.secret_recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "auth_token" {
  secret_id                = aws_secretsmanager_secret.auth_token.id
  secret_string_wo         = jsonencode({ REDIS_AUTH_TOKEN = ephemeral.random_password.auth_token.result })
  secret_string_wo_version = var.auth_token_version
}

ephemeral "aws_secretsmanager_secret_version" "auth_token" {
  secret_id  = aws_secretsmanager_secret.auth_token.id
  version_id = aws_secretsmanager_secret_version.auth_token.version_id
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
