output "secret_names" {
  description = "Name of every secret of the environment, by what it holds."
  value = merge(
    {
      database          = aws_secretsmanager_secret.database.name
      database-password = module.database_password.name
      redis             = aws_secretsmanager_secret.redis.name
    },
    { for key, secret in aws_secretsmanager_secret.operator : key => secret.name },
  )
}
