import { describe, expect, it } from 'vitest';
import { independentTerraformSets } from './partition.js';

const FILES: Record<string, string> = {
  '/r/envs/prod/main.tf': 'module "net" {\n  source = "../../modules/net"\n}\n',
  '/r/envs/prod/terraform.tfvars': 'region = "eu"\n',
  '/r/modules/net/main.tf': 'resource "aws_vpc" "v" {}\n',
  '/r/envs/dev/main.tf.json': '{"module": {"net": {"source": "../../modules/net/"}}}',
  '/r/other/main.tf': 'module "x" {\n  source = "hashicorp/consul/aws"\n}\n',
  '/r/other/sub/main.tf': 'resource "aws_s3_bucket" "b" {}\n',
  '/r/lonely/main.tf': 'module "m" {\n  source = "./inner"\n}\n',
  '/r/lonely/inner/main.tf': 'variable "x" {}\n',
};

describe('independentTerraformSets', () => {
  it('keeps directories joined by local module calls together, with their tfvars', () => {
    const sets = independentTerraformSets(Object.keys(FILES), (p) => FILES[p])
      .map((s) => [...s].sort())
      .sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(sets).toEqual([
      [
        '/r/envs/dev/main.tf.json',
        '/r/envs/prod/main.tf',
        '/r/envs/prod/terraform.tfvars',
        '/r/modules/net/main.tf',
      ],
      ['/r/lonely/inner/main.tf', '/r/lonely/main.tf'],
      ['/r/other/main.tf'],
      ['/r/other/sub/main.tf'],
    ]);
  });

  it('keeps a file it cannot read in a set of its own directory', () => {
    expect(independentTerraformSets(['/x/main.tf', '/x/vars.tf'], () => undefined)).toEqual([
      ['/x/main.tf', '/x/vars.tf'],
    ]);
  });
});
