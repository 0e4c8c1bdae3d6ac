import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/vpc-flow-logs',
  kind: 'terraform',
  severity: 'low',
  title: 'VPC has no flow logs',
  why: 'Flow logs record which addresses talked to which, on what ports. Without them there is no way to see data exfiltration, scanning or connections to known-bad hosts after the fact.',
  fix: 'Add an `aws_flow_log` with `vpc_id` set to the VPC, `traffic_type = "ALL"` (or at least REJECT), sending to CloudWatch Logs or S3.',
  verify:
    'Run `aws ec2 describe-flow-logs --filter Name=resource-id,Values=<vpc-id>` and check a flow log is ACTIVE.',
  references: ['CIS AWS Foundations Benchmark v3.0.0 3.7', 'CWE-778'],
  check(doc, ctx) {
    for (const vpc of doc.ofType('aws_vpc')) {
      if (doc.referencing('aws_flow_log', 'vpc_id', vpc, ['id']).length > 0) continue;
      reportResource(doc, ctx, { res: vpc, path: 'flow_logs', message: `${vpc.address} has no flow log` });
    }
  },
});
