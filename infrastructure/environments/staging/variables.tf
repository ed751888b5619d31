variable "region" {
  description = "AWS region of the environment."
  type        = string
  default     = "ap-south-1"
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose deploy workflow deploys here."
  type        = string
}

variable "admin_role_arns" {
  description = "IAM roles of the operators, given cluster admin."
  type        = list(string)
  default     = []
}

variable "endpoint_public_access_cidrs" {
  description = "Who may reach the cluster's public API endpoint."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}
