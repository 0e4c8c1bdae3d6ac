import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/ecr-scan-on-push',
  severity: 'low',
  title: 'ECR repository does not scan images on push',
  why: 'Without scanning, images with known-vulnerable packages are pushed and deployed without anyone being told.',
  fix: 'Add `image_scanning_configuration { scan_on_push = true }` (or enable enhanced scanning for the registry).',
  verify:
    'Run `aws ecr describe-repositories --query "repositories[].imageScanningConfiguration"` and check scanOnPush is true.',
  references: ['CWE-1104', 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html'],
  types: ['aws_ecr_repository'],
  block: 'image_scanning_configuration',
  attr: 'scan_on_push',
  ok: (v) =>
    v === undefined || v === null
      ? false
      : v === true || v === 'true'
        ? true
        : v === false || v === 'false'
          ? false
          : undefined,
  message: (res) => `${res.address} does not scan images on push`,
  fixValue: 'true',
});
