import { defineRule } from '../../core/rule.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/lambda-public-permission',
  kind: 'terraform',
  severity: 'high',
  title: 'Lambda permission lets anyone invoke the function',
  why: 'An `aws_lambda_permission` with `principal = "*"` and no source restriction lets any AWS account invoke the function, running your code (and its IAM role) with inputs they choose.',
  fix: 'Set `principal` to the calling service or account, and add `source_arn` / `source_account` for service principals.',
  verify:
    'Run `aws lambda get-policy --function-name <name>` and check no statement has Principal "*" without a condition.',
  references: ['CWE-284', 'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html'],
  check(doc, ctx) {
    for (const res of doc.ofType('aws_lambda_permission')) {
      if (res.values['principal'] !== '*') continue;
      if (res.values['source_arn'] !== undefined || res.values['source_account'] !== undefined) continue;
      if (res.values['principal_org_id'] !== undefined) continue;
      // Public function URLs are reported by aws/lambda-function-url-auth.
      if (res.values['function_url_auth_type'] !== undefined) continue;
      reportResource(doc, ctx, {
        res,
        key: 'principal',
        message: `${res.address} lets any AWS account invoke the function`,
      });
    }
  },
});
