variable "name" {
  description = "Cluster name, e.g. bizsuite-production."
  type        = string
}

variable "environment" {
  description = "staging or production: the GitHub environment whose deploy jobs may assume the deploy role."
  type        = string
}

variable "kubernetes_version" {
  description = "Kubernetes minor version of the control plane and the node groups."
  type        = string
}

variable "vpc_id" {
  description = "VPC of the cluster."
  type        = string
}

variable "subnet_ids" {
  description = "Private subnets of the nodes and the control plane's network interfaces."
  type        = list(string)
}

variable "endpoint_public_access_cidrs" {
  description = "Who may reach the public API endpoint (GitHub-hosted runners deploy through it; every call still needs IAM)."
  type        = list(string)
  default     = ["0.0.0.0/0"]
}

variable "node_instance_types" {
  description = "Instance types of the application node group, in order of preference."
  type        = list(string)
}

variable "node_capacity_type" {
  description = "ON_DEMAND or SPOT."
  type        = string
  default     = "ON_DEMAND"
}

variable "node_min_size" {
  description = "Fewest application nodes; at least one per zone in production."
  type        = number
}

variable "node_max_size" {
  description = "Most application nodes: room for both colours during a blue-green deploy."
  type        = number
}

variable "node_desired_size" {
  description = "Nodes at creation (the autoscaler owns the number afterwards)."
  type        = number
}

variable "admin_role_arns" {
  description = "IAM roles (e.g. the operators' SSO role) given cluster admin through EKS access entries; not the identity that runs Terraform, which is admin already."
  type        = list(string)
  default     = []
}

variable "app_namespaces" {
  description = "Namespaces the deploy role administers (the application's, and its migration Jobs')."
  type        = list(string)
  default     = ["bizsuite"]
}

variable "github_repository" {
  description = "owner/name of the repository whose deploy workflow assumes the deploy role; empty: no role."
  type        = string
  default     = ""
}

variable "github_oidc_provider_arn" {
  description = "ARN of the account's token.actions.githubusercontent.com OIDC provider (infrastructure/bootstrap makes it)."
  type        = string
  default     = ""
}

variable "external_secrets_secret_arns" {
  description = "Secrets Manager ARNs (wildcards allowed) External Secrets may read."
  type        = list(string)
}

variable "external_secrets_kms_key_arns" {
  description = "KMS keys those secrets are encrypted with."
  type        = list(string)
  default     = []
}

variable "log_retention_days" {
  description = "Days the control-plane logs are kept."
  type        = number
  default     = 90
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
