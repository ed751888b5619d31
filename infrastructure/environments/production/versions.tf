terraform {
  required_version = "1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "6.64.0"
    }
    random = {
      source  = "hashicorp/random"
      version = "3.8.0"
    }
    # required by the EKS registry module; pinned here so that every init resolves the same
    tls = {
      source  = "hashicorp/tls"
      version = "4.4.1"
    }
    time = {
      source  = "hashicorp/time"
      version = "0.14.2"
    }
  }

  # The bucket is per account: terraform init -backend-config=bucket=bizsuite-terraform-state-<account id>
  # (infrastructure/README.md). use_lockfile: S3's own lock file, no DynamoDB table.
  backend "s3" {
    key          = "environments/production/terraform.tfstate"
    region       = "ap-south-1"
    encrypt      = true
    use_lockfile = true
  }
}
