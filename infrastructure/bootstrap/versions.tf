terraform {
  required_version = "1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "6.64.0"
    }
  }

  # No backend: this makes the bucket every other state lives in. Its own small state (no secrets)
  # is copied into that bucket after the first apply (infrastructure/README.md).
}
