provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project   = "bizsuite"
      ManagedBy = "terraform"
    }
  }
}

data "aws_iam_openid_connect_provider" "github" {
  url = "https://token.actions.githubusercontent.com"
}

data "aws_availability_zones" "available" {
  state = "available"
}
