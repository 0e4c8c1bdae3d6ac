import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/sg-default-restrict',
  kind: 'terraform',
  severity: 'medium',
  title: 'Default security group allows traffic',
  why: 'Every resource launched without an explicit security group lands in the VPC default group. When that group allows traffic, forgotten instances and ENIs silently get network access nobody reviewed.',
  fix: 'Manage `aws_default_security_group` with no `ingress` or `egress` blocks (which removes all rules) and give every resource its own security group.',
  verify:
    'Run `aws ec2 describe-security-groups --filters Name=group-name,Values=default` and check IpPermissions and IpPermissionsEgress are empty.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 5.4', 'CWE-284'],
  check(doc, ctx) {
    for (const res of doc.ofType('aws_default_security_group')) {
      for (const key of ['ingress', 'egress']) {
        const rules = blocksOf(res.values, key);
        if (rules === null || rules.length === 0) continue;
        reportResource(doc, ctx, {
          res,
          key,
          message: `${res.address} has ${key} rules; the default group should allow nothing`,
        });
      }
    }
  },
});
