import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/ecr-mutable-tags',
  severity: 'low',
  title: 'ECR repository allows overwriting image tags',
  why: 'With mutable tags, anyone who can push can silently replace `app:1.4.2` with a different image, and every deployment that pulls that tag runs it. Immutable tags make a tag mean one image forever.',
  fix: 'Set `image_tag_mutability = "IMMUTABLE"` and publish a new tag for every build.',
  verify:
    'Run `aws ecr describe-repositories --query "repositories[].imageTagMutability"` and check it prints IMMUTABLE.',
  references: ['CWE-494', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
  types: ['aws_ecr_repository'],
  attr: 'image_tag_mutability',
  ok: (v) =>
    typeof v === 'string' ? v.startsWith('IMMUTABLE') : v === undefined || v === null ? false : undefined,
  message: (res) => `${res.address} allows image tags to be overwritten`,
  fixValue: '"IMMUTABLE"',
});
