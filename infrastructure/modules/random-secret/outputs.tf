output "arn" {
  description = "ARN of the secret."
  value       = aws_secretsmanager_secret.this.arn
}

output "name" {
  description = "Name of the secret."
  value       = aws_secretsmanager_secret.this.name
}

output "version_id" {
  description = "Version of the secret that holds the current value (changes when value_version does)."
  value       = aws_secretsmanager_secret_version.this.version_id
}
