variable "environment" {
  description = "staging or production."
  type        = string

  validation {
    condition     = contains(["staging", "production"], var.environment)
    error_message = "staging or production."
  }
}

variable "vpc_cidr" {
  description = "IPv4 range of the environment's VPC (a /16)."
  type        = string
}

variable "azs" {
  description = "Three availability zones of the region."
  type        = list(string)
}

variable "single_nat_gateway" {
  description = "One NAT gateway instead of one per zone."
  type        = bool
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the cluster."
  type        = string
}

variable "node_instance_types" {
  description = "Instance types of the application nodes."
  type        = list(string)
}

variable "node_capacity_type" {
  description = "ON_DEMAND or SPOT."
  type        = string
}

variable "node_min_size" {
  description = "Fewest application nodes."
  type        = number
}

variable "node_max_size" {
  description = "Most application nodes."
  type        = number
}

variable "node_desired_size" {
  description = "Application nodes at creation."
  type        = number
}

variable "endpoint_public_access_cidrs" {
  description = "Who may reach the cluster's public API endpoint."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "admin_role_arns" {
  description = "IAM roles given cluster admin."
  type        = list(string)
  default     = []
}

variable "github_repository" {
  description = "owner/name of the repository whose deploy workflow deploys here."
  type        = string
}

variable "github_oidc_provider_arn" {
  description = "The account's GitHub Actions OIDC provider (infrastructure/bootstrap)."
  type        = string
}

variable "db_instance_class" {
  description = "RDS instance class."
  type        = string
}

variable "db_multi_az" {
  description = "RDS standby in a second zone."
  type        = bool
}

variable "db_allocated_storage" {
  description = "Initial RDS storage in GiB."
  type        = number
}

variable "db_backup_retention_days" {
  description = "Days of automated RDS backups."
  type        = number
}

variable "db_deletion_protection" {
  description = "RDS deletion protection."
  type        = bool
}

variable "redis_node_type" {
  description = "ElastiCache node type."
  type        = string
}

variable "redis_replicas" {
  description = "Redis replicas besides the primary."
  type        = number
}

variable "redis_auth_token_version" {
  description = "Raise by one to rotate the Redis AUTH token (infrastructure/README.md)."
  type        = number
  default     = 1
}

variable "database_password_version" {
  description = "Raise by one to generate a new password for the services' database role."
  type        = number
  default     = 1
}

variable "log_retention_days" {
  description = "Days control-plane and flow logs are kept."
  type        = number
}

variable "secret_recovery_window_days" {
  description = "Days a deleted secret can be restored."
  type        = number
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
