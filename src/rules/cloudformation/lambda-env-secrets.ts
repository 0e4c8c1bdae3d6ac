import { defineRule } from '../../core/rule.js';
import { type CfnResource, rawAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject } from '../../sources/parsers/terraform/values.js';
import { SECRET_NAME } from '../aws/lib/literal.js';
import { isLiteralSecret } from './lib/literal.js';
import { reportProperty } from './lib/report.js';

export default defineRule({
  id: 'cfn/lambda-env-secrets',
  kind: 'cloudformation',
  severity: 'high',
  title: 'Secret hard-coded in a Lambda environment variable',
  why: "Environment variables of a Lambda function are readable by anyone who can view the function configuration (console, `lambda:GetFunction`) and live in the template, its repository history and the stack's stored template. A secret there leaks through many more hands than the function itself.",
  fix: 'Store the secret in Secrets Manager or SSM Parameter Store (SecureString), pass only its name or ARN in the environment, and read it at runtime (or via the Parameters and Secrets Lambda extension). Rotate the exposed value.',
  verify:
    'Run `aws lambda get-function-configuration --function-name <name> --query Environment` and check no secret values appear.',
  references: [
    'CWE-798',
    'CWE-526',
    'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
  ],
  check(doc, ctx) {
    for (const res of doc.ofType('AWS::Lambda::Function', 'AWS::Serverless::Function')) {
      check(res);
    }
    // SAM Globals apply to every function of the template.
    const vars = doc.globals?.['Function'];
    const env = isTfObject(vars) ? vars['Environment'] : undefined;
    const globalVars = isTfObject(env) ? env['Variables'] : undefined;
    if (isTfObject(globalVars)) {
      const raw = doc.source.value as {
        Globals?: { Function?: { Environment?: { Variables?: Record<string, unknown> } } };
      };
      for (const name of Object.keys(globalVars)) {
        if (
          !SECRET_NAME.test(name) ||
          !isLiteralSecret(raw.Globals?.Function?.Environment?.Variables?.[name])
        )
          continue;
        ctx.report({
          at: doc.source.keyRange(['Globals', 'Function', 'Environment', 'Variables', name]),
          message: `SAM Globals set ${name} to a hard-coded value for every function`,
          path: `Globals/Function/Environment/Variables/${name}`,
        });
      }
    }
    function check(res: CfnResource) {
      const env = res.properties['Environment'];
      const vars = isTfObject(env) ? env['Variables'] : undefined;
      if (!isTfObject(vars)) return;
      for (const name of Object.keys(vars)) {
        const path = ['Environment', 'Variables', name];
        if (!SECRET_NAME.test(name) || !isLiteralSecret(rawAt(res, path))) continue;
        reportProperty(doc, ctx, {
          res,
          path,
          message: `${res.logicalId} sets ${name} to a hard-coded value`,
        });
      }
    }
  },
});
