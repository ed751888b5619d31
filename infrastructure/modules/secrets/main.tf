# The Secrets Manager layout the Kubernetes ExternalSecrets read: one JSON secret per concern,
# each key named after the environment variable the services read, so a secret maps onto a
# container's environment as it is. Terraform writes the database and Redis ones, write-only
# (nothing secret enters the state); the operators put the rest (infrastructure/README.md).
locals {
  prefix = "bizsuite/${var.environment}"
  operator_secrets = {
    auth-jwt = "Access-token signing key: AUTH_JWT_PRIVATE_KEY (RSA private key, PKCS#8 PEM), AUTH_JWT_KEY_ID, AUTH_JWT_PREVIOUS_KEYS (JWKS of retired keys)"
    auth-otp = "OTP hashing pepper: AUTH_OTP_PEPPER"
    auth-sms = "SMS provider: AUTH_SMS_HTTP_URL, AUTH_SMS_HTTP_HEADER_NAME, AUTH_SMS_HTTP_HEADER_VALUE, AUTH_SMS_HTTP_CONTENT_TYPE, AUTH_SMS_HTTP_BODY_TEMPLATE"
  }
}

# The database password, kept only in its own secret (modules/random-secret).
module "database_password" {
  source = "../random-secret"

  name                 = "${local.prefix}/database-password"
  description          = "Password of the services' database role: JDBC_PASSWORD (the source of the database secret)"
  key                  = "JDBC_PASSWORD"
  length               = 40
  value_version        = var.database_password_version
  kms_key_arn          = var.kms_key_arn
  recovery_window_days = var.recovery_window_days
  tags                 = var.tags
}

ephemeral "aws_secretsmanager_secret_version" "database_password" {
  secret_id  = module.database_password.arn
  version_id = module.database_password.version_id
}

ephemeral "aws_secretsmanager_secret_version" "redis_auth_token" {
  secret_id  = var.redis_auth_token_secret_arn
  version_id = var.redis_auth_token_secret_version_id
}

locals {
  jdbc_url  = "jdbc:postgresql://${var.database_host}:${var.database_port}/${var.database_name}?sslmode=require"
  redis_uri = "rediss://%s@${var.redis_host}:${var.redis_port}"
  # Write-only values are never compared with what AWS holds, so a secret is rewritten when this
  # number changes: when a non-secret part (an endpoint) or the version of its secret source does.
  database_version = parseint(substr(sha256(jsonencode([local.jdbc_url, var.database_username, module.database_password.version_id])), 0, 12), 16)
  redis_version    = parseint(substr(sha256(jsonencode([local.redis_uri, var.redis_auth_token_secret_version_id])), 0, 12), 16)
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
  secret_string_wo = jsonencode({
    JDBC_URL      = local.jdbc_url
    JDBC_USER     = var.database_username
    JDBC_PASSWORD = jsondecode(ephemeral.aws_secretsmanager_secret_version.database_password.secret_string).JDBC_PASSWORD
  })
  secret_string_wo_version = local.database_version
}

resource "aws_secretsmanager_secret" "redis" {
  name                    = "${local.prefix}/redis"
  description             = "Redis of the services: REDIS_URI (rediss://, with the AUTH token)"
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "redis" {
  secret_id = aws_secretsmanager_secret.redis.id
  secret_string_wo = jsonencode({
    REDIS_URI = format(local.redis_uri, jsondecode(ephemeral.aws_secretsmanager_secret_version.redis_auth_token.secret_string).REDIS_AUTH_TOKEN)
  })
  secret_string_wo_version = local.redis_version
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
