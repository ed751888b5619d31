output "state_bucket" {
  description = "terraform init -backend-config=bucket=<this> in global/ and environments/*."
  value       = aws_s3_bucket.state.bucket
}

output "github_oidc_provider_arn" {
  description = "GitHub Actions' OIDC provider of the account."
  value       = var.create_github_oidc_provider ? aws_iam_openid_connect_provider.github[0].arn : null
}
