# A random value that lives only in Secrets Manager: generated ephemeral, written write-only, so
# it never enters the Terraform state. Who needs the value reads this secret back with an
# ephemeral "aws_secretsmanager_secret_version" at version_id, and passes it on write-only.
ephemeral "random_password" "this" {
  length  = var.length
  special = false
}

resource "aws_secretsmanager_secret" "this" {
  name                    = var.name
  description             = var.description
  kms_key_id              = var.kms_key_arn
  recovery_window_in_days = var.recovery_window_days
  tags                    = var.tags
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id                = aws_secretsmanager_secret.this.id
  secret_string_wo         = jsonencode({ (var.key) = ephemeral.random_password.this.result })
  secret_string_wo_version = var.value_version
}
