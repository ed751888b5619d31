variable "name" {
  description = "Replication group id, e.g. bizsuite-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the group's security group."
  type        = string
}

variable "subnet_group_name" {
  description = "ElastiCache subnet group over the three ElastiCache subnets."
  type        = string
}

variable "allowed_security_group_ids" {
  description = "Security groups admitted on 6379 (the EKS nodes')."
  type        = list(string)
}

variable "node_type" {
  description = "Cache node type, e.g. cache.t4g.small."
  type        = string
}

variable "replicas" {
  description = "Read replicas besides the primary; one or more turns on automatic failover and Multi-AZ."
  type        = number

  validation {
    condition     = var.replicas >= 0 && var.replicas <= 5
    error_message = "Between 0 and 5 replicas."
  }
}

variable "engine_version" {
  description = "Redis OSS engine version."
  type        = string
  default     = "7.1"
}

variable "snapshot_retention_days" {
  description = "Days of daily snapshots (0: none). Redis holds OTPs, rate-limit counters and caches, all rebuilt or short-lived."
  type        = number
  default     = 1
}

variable "kms_key_arn" {
  description = "KMS key of the data at rest and of the token's secret."
  type        = string
}

variable "auth_token_secret_name" {
  description = "Secrets Manager name of the AUTH token (key REDIS_AUTH_TOKEN), e.g. bizsuite/production/redis-auth-token."
  type        = string
}

variable "auth_token_version" {
  description = "Raise by one to generate a new AUTH token (the old one stays valid until the next change: ROTATE)."
  type        = number
  default     = 1
}

variable "secret_recovery_window_days" {
  description = "Days the token's secret can be restored after deletion."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
