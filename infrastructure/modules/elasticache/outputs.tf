output "primary_endpoint" {
  description = "Host name of the primary (follows a failover)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "port" {
  description = "Port of the group."
  value       = aws_elasticache_replication_group.this.port
}

output "auth_token_secret_arn" {
  description = "Secret holding the AUTH token (REDIS_AUTH_TOKEN)."
  value       = module.auth_token.arn
}

output "auth_token_secret_version_id" {
  description = "Version of that secret that holds the current token."
  value       = module.auth_token.version_id
}

output "security_group_id" {
  description = "Security group of the group."
  value       = aws_security_group.this.id
}
