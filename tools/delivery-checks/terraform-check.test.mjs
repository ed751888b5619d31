// Tests of terraform-check.mjs: a small correct configuration passes, and each deliberate mistake
// in a copy of it is reported with the expected reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { checkTerraform } from "./terraform-check.mjs";

const VERSIONS = `terraform {
  required_version = "1.14.8"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "6.64.0"
    }
  }
}
`;

// A root calling a local module and a registry module; the local module uses its variables.
const GOOD = {
  "root/versions.tf": VERSIONS,
  "root/main.tf": `provider "aws" {
  region = var.region
}

variable "region" {
  type    = string
  default = "ap-south-1"
}

locals {
  name = "bizsuite-\${var.region}"
}

module "network" {
  source = "../modules/network"

  name = local.name
  cidr = "10.0.0.0/16"
}

module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "6.7.2"

  name = local.name
}

module "pinned_git" {
  source = "git::https://github.com/example/modules.git//thing?ref=v1.2.3"
}

output "vpc_id" {
  value = module.network.vpc_id
}
`,
  "root/terraform.tfvars": 'region = "ap-south-1"\n',
  "modules/network/versions.tf": VERSIONS,
  "modules/network/main.tf": `variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
  tags       = merge(var.tags, { "kubernetes.io/cluster/\${var.name}" = "shared" })
}

output "vpc_id" {
  value = aws_vpc.this.id
}
`,
};

async function check(files) {
  const dir = await mkdtemp(join(tmpdir(), "terraform-check-"));
  try {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    return (await checkTerraform([dir])).problems;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// GOOD with one file's text changed by `edit` (or a file added).
function broken(path, edit) {
  return { ...GOOD, [path]: edit(GOOD[path] ?? "") };
}

function replacing(from, to) {
  return (text) => {
    assert.ok(text.includes(from), `fixture has no ${from}`);
    return text.replace(from, to);
  };
}

test("a correct configuration passes", async () => {
  assert.deepEqual(await check(GOOD), []);
});

const CASES = [
  ["a file that does not parse", broken("root/main.tf", (t) => t + 'resource "aws_s3_bucket" "x" {\n  bucket =\n}\n'), "does not parse"],
  ["an unformatted file", broken("root/main.tf", replacing('  region = var.region', '  region    = var.region')), "not formatted"],
  ["an undeclared variable", broken("modules/network/main.tf", replacing("cidr_block = var.cidr", "cidr_block = var.vpc_cidr")), "var.vpc_cidr is used but no variable"],
  ["an undeclared variable inside a string", broken("root/main.tf", replacing("bizsuite-${var.region}", "bizsuite-${var.environment}")), "var.environment is used"],
  ["a variable declared twice", broken("modules/network/main.tf", (t) => t + 'variable "cidr" {\n  type = string\n}\n'), 'variable "cidr" is declared more than once'],
  ["an unused variable", broken("modules/network/main.tf", (t) => t + 'variable "zones" {\n  type = list(string)\n}\n'), 'variable "zones" is declared but never used'],
  ["an undefined local", broken("root/main.tf", replacing("name = local.name\n  cidr", "name = local.cluster_name\n  cidr")), "local.cluster_name is used but not defined"],
  ["a module given a variable it does not declare", broken("root/main.tf", replacing('cidr = "10.0.0.0/16"', 'cidr = "10.0.0.0/16"\n  azs  = []')), "passes azs, which ../modules/network does not declare"],
  ["a module not given a required variable", broken("root/main.tf", replacing('  cidr = "10.0.0.0/16"\n', "")), "does not pass cidr, which ../modules/network requires"],
  ["an output the module does not have", broken("root/main.tf", replacing("module.network.vpc_id", "module.network.id")), 'has no output "id"'],
  ["a module that is not called", broken("root/main.tf", replacing("module.network.vpc_id", "module.net.vpc_id")), 'no module "net" is called'],
  ["a local source that does not exist", broken("root/main.tf", replacing('source = "../modules/network"', 'source = "../modules/netwrk"')), "is not a folder"],
  ["a registry module without a version", broken("root/main.tf", replacing('  version = "6.7.2"\n', "")), "needs an exact version"],
  ["a registry module with a version range", broken("root/main.tf", replacing('version = "6.7.2"', 'version = "~> 6.7"')), "needs an exact version"],
  ["a git source without a ref", broken("root/main.tf", replacing("?ref=v1.2.3", "")), "needs ?ref= with a version tag or a commit"],
  ["a git source on a branch", broken("root/main.tf", replacing("?ref=v1.2.3", "?ref=main")), "needs ?ref= with a version tag or a commit"],
  ["a provider without a version", broken("modules/network/versions.tf", replacing('      version = "6.64.0"\n', "")), "provider aws is not pinned"],
  ["a provider with a version range", broken("modules/network/versions.tf", replacing('version = "6.64.0"', 'version = ">= 6.0"')), "provider aws is not pinned"],
  ["a required_version range", broken("root/versions.tf", replacing('required_version = "1.14.8"', 'required_version = ">= 1.11"')), "is not one exact version"],
  ["no required_version", broken("modules/network/versions.tf", replacing('  required_version = "1.14.8"\n\n', "")), "no terraform block with required_version"],
  ["a provider missing from required_providers", broken("modules/network/main.tf", (t) => t + 'resource "random_password" "token" {\n  length = 32\n}\n'), "uses provider random, which is not in required_providers"],
];

for (const [name, files, expected] of CASES) {
  test(`refuses ${name}`, async () => {
    const problems = await check(files);
    assert.ok(problems.some((problem) => problem.includes(expected)), `expected "${expected}" among:\n${problems.join("\n") || "(no problem reported)"}`);
  });
}
