variable "name" {
  description = "Secrets Manager name, e.g. bizsuite/production/redis-auth-token."
  type        = string
}

variable "description" {
  description = "What the secret is for."
  type        = string
}

variable "key" {
  description = "The JSON key the value is stored under (the environment variable that carries it)."
  type        = string
}

variable "length" {
  description = "Characters of the value (letters and digits only: it may go into a URI)."
  type        = number
}

variable "value_version" {
  description = "Raise by one to generate and store a new value; never lower."
  type        = number
}

variable "kms_key_arn" {
  description = "KMS key the secret is encrypted with."
  type        = string
}

variable "recovery_window_days" {
  description = "Days the secret can be restored after deletion."
  type        = number
}

variable "tags" {
  description = "Tags of the secret."
  type        = map(string)
  default     = {}
}
