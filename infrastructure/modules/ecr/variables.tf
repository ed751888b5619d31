variable "services" {
  description = "One repository bizsuite/<service> per image the Dockerfile builds."
  type        = list(string)
  default     = ["gateway", "auth", "business", "inventory", "invoice"]
}

variable "keep_images" {
  description = "Images kept per repository, newest first: every one of them can still be deployed or rolled back to."
  type        = number
  default     = 200
}

variable "untagged_expiry_days" {
  description = "Days after which untagged images (superseded build layers) are deleted."
  type        = number
  default     = 7
}

variable "pull_account_ids" {
  description = "Other AWS accounts whose EKS nodes pull these images (a production account apart from this one)."
  type        = list(string)
  default     = []
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
