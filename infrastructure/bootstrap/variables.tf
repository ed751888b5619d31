variable "region" {
  description = "Region of the state bucket."
  type        = string
  default     = "ap-south-1"
}

variable "create_github_oidc_provider" {
  description = "Make the account's token.actions.githubusercontent.com OIDC provider (false when the account has one already)."
  type        = bool
  default     = true
}

variable "state_version_retention_days" {
  description = "Days superseded state versions are kept (the way back from a bad apply)."
  type        = number
  default     = 90
}
