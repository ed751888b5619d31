output "primary_endpoint" {
  description = "Host name of the primary (follows a failover)."
  value       = aws_elasticache_replication_group.this.primary_endpoint_address
}

output "port" {
  description = "Port of the group."
  value       = aws_elasticache_replication_group.this.port
}

output "auth_token" {
  description = "AUTH token of the group."
  value       = random_password.auth_token.result
  sensitive   = true
}

output "security_group_id" {
  description = "Security group of the group."
  value       = aws_security_group.this.id
}
