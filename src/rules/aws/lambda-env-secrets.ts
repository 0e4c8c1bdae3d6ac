import { defineRule } from '../../core/rule.js';
import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { isTfObject } from '../../sources/parsers/terraform/values.js';
import { isPlaceholder, isWrittenLiterally, SECRET_NAME } from './lib/literal.js';
import { reportResource } from './lib/report.js';

export default defineRule({
  id: 'aws/lambda-env-secrets',
  kind: 'terraform',
  severity: 'high',
  title: 'Secret hard-coded in a Lambda environment variable',
  why: 'Environment variables of a Lambda function are visible to anyone who can read the function configuration (console, `lambda:GetFunction`) and are stored in the Terraform code and state. A secret there leaks through many more hands than the function itself.',
  fix: 'Store the secret in Secrets Manager or SSM Parameter Store (SecureString), pass only its name in the environment, and read it at runtime (or with the Parameters and Secrets Lambda extension). Rotate the exposed value.',
  verify:
    'Run `aws lambda get-function-configuration --function-name <name> --query Environment` and check no secret values appear.',
  references: [
    'CWE-798',
    'CWE-526',
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('aws_lambda_function')) {
      for (const env of blocksOf(res.values, 'environment') ?? []) {
        const vars = env['variables'];
        if (!isTfObject(vars)) continue;
        for (const [name, v] of Object.entries(vars)) {
          if (!SECRET_NAME.test(name) || typeof v !== 'string' || isPlaceholder(v)) continue;
          if (!isWrittenLiterally(doc.locate(vars, name))) continue;
          reportResource(doc, ctx, {
            res,
            obj: vars,
            key: name,
            path: `environment/variables/${name}`,
            message: `${res.address} sets ${name} to a hard-coded value`,
          });
        }
      }
    }
  },
});
