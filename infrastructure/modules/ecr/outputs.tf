output "repository_urls" {
  description = "Repository URL per service."
  value       = { for service, repository in aws_ecr_repository.this : service => repository.repository_url }
}

output "repository_arns" {
  description = "Repository ARN per service."
  value       = { for service, repository in aws_ecr_repository.this : service => repository.arn }
}

output "registry" {
  description = "Registry host the image names start with (<account>.dkr.ecr.<region>.amazonaws.com)."
  value       = split("/", values(aws_ecr_repository.this)[0].repository_url)[0]
}
