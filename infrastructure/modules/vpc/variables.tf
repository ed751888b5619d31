variable "name" {
  description = "Name of the VPC and prefix of its subnets, e.g. bizsuite-production."
  type        = string
}

variable "cidr" {
  description = "IPv4 range of the VPC, a /16: three /19 private subnets for nodes and pods, and /24s for the load balancers, the database and Redis."
  type        = string
}

variable "azs" {
  description = "The three availability zones the subnets are spread over."
  type        = list(string)

  validation {
    condition     = length(var.azs) == 3
    error_message = "Give exactly three availability zones."
  }
}

variable "cluster_name" {
  description = "EKS cluster whose load balancers use these subnets (subnet discovery tags)."
  type        = string
}

variable "single_nat_gateway" {
  description = "One NAT gateway for the whole VPC (cheaper, one zone's outage cuts egress) instead of one per zone."
  type        = bool
}

variable "flow_log_retention_days" {
  description = "Days the VPC flow logs are kept in CloudWatch."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Tags added to every resource."
  type        = map(string)
  default     = {}
}
