output "vpc_id" {
  description = "ID of the VPC."
  value       = module.vpc.vpc_id
}

output "vpc_cidr_block" {
  description = "IPv4 range of the VPC."
  value       = module.vpc.vpc_cidr_block
}

output "private_subnet_ids" {
  description = "Private subnets: EKS nodes and pods."
  value       = module.vpc.private_subnets
}

output "public_subnet_ids" {
  description = "Public subnets: the internet-facing ALB and the NAT gateways."
  value       = module.vpc.public_subnets
}

output "database_subnet_group_name" {
  description = "DB subnet group over the three database subnets."
  value       = module.vpc.database_subnet_group_name
}

output "elasticache_subnet_group_name" {
  description = "ElastiCache subnet group over the three ElastiCache subnets."
  value       = module.vpc.elasticache_subnet_group_name
}

output "nat_public_ips" {
  description = "Egress addresses of the NAT gateways (what the SMS provider sees, for its allow-list)."
  value       = module.vpc.nat_public_ips
}
