import { blocksOf, type TfResource } from '../../sources/parsers/terraform/terraform-document.js';
import { attributeRule } from './lib/attribute-rule.js';

/** No metadata endpoint at all: nothing to steal. */
function isDisabled(res: TfResource): boolean {
  return (blocksOf(res.values, 'metadata_options') ?? []).some((b) => b['http_endpoint'] === 'disabled');
}

export default attributeRule({
  id: 'aws/ec2-imdsv1',
  severity: 'high',
  title: 'EC2 instance metadata allows IMDSv1',
  why: "IMDSv1 answers any GET request from the instance, so a server-side request forgery bug in the application lets an attacker read the instance role's credentials (as in the 2019 Capital One breach). IMDSv2 requires a session token that SSRF cannot get.",
  fix: 'Add `metadata_options { http_tokens = "required" }` (keep `http_endpoint = "enabled"` if the instance needs metadata).',
  verify:
    'Run `aws ec2 describe-instances --query "Reservations[].Instances[].MetadataOptions.HttpTokens"` and check it prints required.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.6',
    'CWE-918',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
  ],
  types: ['aws_instance', 'aws_launch_template'],
  block: 'metadata_options',
  attr: 'http_tokens',
  ok: (v, res) =>
    v === 'required' ? true : v === undefined || v === null || v === 'optional' ? isDisabled(res) : undefined,
  message: (res, v) =>
    v === undefined
      ? `${res.address} does not require IMDSv2 session tokens`
      : `${res.address} sets http_tokens = "optional" (IMDSv1 allowed)`,
  fixValue: '"required"',
});
