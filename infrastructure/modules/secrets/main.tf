# The Secrets Manager layout the Kubernetes ExternalSecrets read: one JSON secret per concern,
# each key named after the environment variable the services read, so a secret maps onto a
# container's environment as it is. Terraform writes what it knows (database, Redis); the
# operators put the rest (infrastructure/README.md), so no signing key or pepper is in the state.
locals {
  prefix = "bizsuite/${var.environment}"
  operator_secrets = {
    auth-jwt = "Access-token signing key: AUTH_JWT_PRIVATE_KEY (RSA PKCS#8, one line), AUTH_JWT_KEY_ID, AUTH_JWT_PREVIOUS_KEYS (JWKS of retired keys)"
    auth-otp = "OTP hashing pepper: AUTH_OTP_PEPPER"
    auth-sms = "SMS provider: AUTH_SMS_HTTP_URL, AUTH_SMS_HTTP_HEADER_NAME, AUTH_SMS_HTTP_HEADER_VALUE, AUTH_SMS_HTTP_CONTENT_TYPE, AUTH_SMS_HTTP_BODY_TEMPLATE"
  }
}

resource "random_password" "database" {
  length  = 40
  special = false
}

resource "aws_secretsmanager_secret" "database" {
  name                    = "${local.prefix}/database"
  description             = "PostgreSQL login of the services: JDBC_URL, JDBC_USER, JDBC_PASSWORD"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "database" {
  secret_id = aws_secretsmanager_secret.database.id
  secret_string = jsonencode({
    JDBC_URL      = "jdbc:postgresql://${var.database_host}:${var.database_port}/${var.database_name}?sslmode=require"
    JDBC_USER     = var.database_username
    JDBC_PASSWORD = random_password.database.result
  })
}

resource "aws_secretsmanager_secret" "redis" {
  name                    = "${local.prefix}/redis"
  description             = "Redis of the services: REDIS_URI (rediss://, with the AUTH token), REDIS_AUTH_TOKEN"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id = aws_secretsmanager_secret.redis.id
  secret_string = jsonencode({
    REDIS_URI        = "rediss://${var.redis_auth_token}@${var.redis_host}:${var.redis_port}"
    REDIS_AUTH_TOKEN = var.redis_auth_token
  })
}

# Containers only: their values are put with `aws secretsmanager put-secret-value`.
resource "aws_secretsmanager_secret" "operator" {
  for_each = local.operator_secrets

  name                    = "${local.prefix}/${each.key}"
  description             = each.value
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}
