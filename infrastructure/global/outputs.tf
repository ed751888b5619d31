output "ecr_registry" {
  description = "Registry of the images (<account>.dkr.ecr.<region>.amazonaws.com)."
  value       = module.ecr.registry
}

output "ecr_repository_urls" {
  description = "Repository URL per service."
  value       = module.ecr.repository_urls
}

output "ci_push_role_arn" {
  description = "GitHub repository variable AWS_CI_ROLE_ARN."
  value       = aws_iam_role.ci_push.arn
}
