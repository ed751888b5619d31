variable "environment" {
  description = "staging or production: every secret is named bizsuite/<environment>/<name>."
  type        = string
}

variable "kms_key_arn" {
  description = "KMS key the secrets are encrypted with (External Secrets' role may decrypt with it)."
  type        = string
}

variable "database_host" {
  description = "Host name of the RDS instance."
  type        = string
}

variable "database_port" {
  description = "Port of the RDS instance."
  type        = number
}

variable "database_name" {
  description = "Name of the application database."
  type        = string
}

variable "database_username" {
  description = "The role the services log in as (created once by hand, infrastructure/README.md); it owns the database."
  type        = string
  default     = "bizsuite"
}

variable "redis_host" {
  description = "Primary endpoint of the Redis replication group."
  type        = string
}

variable "redis_port" {
  description = "Port of the Redis replication group."
  type        = number
}

variable "redis_auth_token_secret_arn" {
  description = "Secret holding the Redis AUTH token (modules/elasticache)."
  type        = string
}

variable "redis_auth_token_secret_version_id" {
  description = "Version of that secret that holds the current token."
  type        = string
}

variable "database_password_version" {
  description = "Raise by one to generate a new password for the services' database role (then ALTER ROLE by hand: infrastructure/README.md)."
  type        = number
  default     = 1
}

variable "recovery_window_days" {
  description = "Days a deleted secret can still be restored."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
