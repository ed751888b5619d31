# Three zones; in each a public subnet (load balancers, NAT), a private one (nodes and pods, which
# the VPC CNI gives VPC addresses, hence /19), and small isolated ones for RDS and ElastiCache.
locals {
  private_subnets     = [for i in range(3) : cidrsubnet(var.cidr, 3, i)]
  public_subnets      = [for i in range(3) : cidrsubnet(var.cidr, 8, 96 + i)]
  database_subnets    = [for i in range(3) : cidrsubnet(var.cidr, 8, 100 + i)]
  elasticache_subnets = [for i in range(3) : cidrsubnet(var.cidr, 8, 104 + i)]
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.7.2"

  name = var.name
  cidr = var.cidr
  azs  = var.azs

  private_subnets     = local.private_subnets
  public_subnets      = local.public_subnets
  database_subnets    = local.database_subnets
  elasticache_subnets = local.elasticache_subnets

  create_database_subnet_group    = true
  create_elasticache_subnet_group = true

  enable_nat_gateway     = true
  single_nat_gateway     = var.single_nat_gateway
  one_nat_gateway_per_az = !var.single_nat_gateway

  enable_dns_hostnames = true

  # The AWS Load Balancer Controller finds its subnets by these tags.
  public_subnet_tags = {
    "kubernetes.io/role/elb"                    = "1"
    "kubernetes.io/cluster/${var.cluster_name}" = "shared"
  }
  private_subnet_tags = {
    "kubernetes.io/role/internal-elb"           = "1"
    "kubernetes.io/cluster/${var.cluster_name}" = "shared"
  }

  enable_flow_log                                 = true
  create_flow_log_cloudwatch_log_group            = true
  create_flow_log_cloudwatch_iam_role             = true
  flow_log_max_aggregation_interval               = 600
  flow_log_cloudwatch_log_group_retention_in_days = var.flow_log_retention_days

  tags = var.tags
}
