variable "region" {
  description = "Region of the image repositories (the environments' region)."
  type        = string
  default     = "ap-south-1"
}

variable "github_repository" {
  description = "owner/name of the GitHub repository whose main branch pushes images."
  type        = string
}

variable "pull_account_ids" {
  description = "Other AWS accounts that pull the images (production's, when it is a separate account)."
  type        = list(string)
  default     = []
}
