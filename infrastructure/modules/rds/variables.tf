variable "identifier" {
  description = "Name of the DB instance, e.g. bizsuite-production."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the instance's security group."
  type        = string
}

variable "db_subnet_group_name" {
  description = "DB subnet group over the isolated database subnets of the three zones."
  type        = string
}

variable "allowed_security_group_ids" {
  description = "Security groups admitted on 5432 (the EKS nodes')."
  type        = list(string)
}

variable "instance_class" {
  description = "Instance class, e.g. db.t4g.medium."
  type        = string
}

variable "multi_az" {
  description = "A synchronous standby in a second zone (production)."
  type        = bool
}

variable "allocated_storage" {
  description = "Initial gp3 storage in GiB."
  type        = number
  default     = 50
}

variable "max_allocated_storage" {
  description = "Ceiling of storage autoscaling in GiB."
  type        = number
  default     = 500
}

variable "backup_retention_days" {
  description = "Days of automated backups (point-in-time recovery window), 1 to 35."
  type        = number
}

variable "deletion_protection" {
  description = "Refuse to delete the instance until this is turned off."
  type        = bool
  default     = true
}

variable "kms_key_arn" {
  description = "KMS key of the storage, the snapshots, Performance Insights and the master password secret."
  type        = string
}

variable "database_name" {
  description = "The database the services share (each owns its schemas in it)."
  type        = string
  default     = "bizsuite"
}

variable "master_username" {
  description = "Master user; its password lives in a Secrets Manager secret RDS manages and rotates."
  type        = string
  default     = "bizsuite_admin"
}

variable "max_connections" {
  description = "max_connections; the services' pools (JDBC_POOL_SIZE x replicas x two colours during a deploy) must fit under it."
  type        = number
  default     = 400
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
