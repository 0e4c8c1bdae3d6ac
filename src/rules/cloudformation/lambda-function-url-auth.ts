import { defineRule } from '../../core/rule.js';
import {
  type CfnResource,
  type PropPath,
  valueAt,
} from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

const TARGETS: readonly (readonly [string, PropPath])[] = [
  ['AWS::Lambda::Url', []],
  ['AWS::Serverless::Function', ['FunctionUrlConfig']],
];

export default defineRule({
  id: 'cfn/lambda-function-url-auth',
  kind: 'cloudformation',
  severity: 'high',
  title: 'Lambda function URL has no authentication',
  why: "A function URL with `AuthType: NONE` can be called by anyone on the internet who finds it. Unless the function checks a signature or token itself, every caller runs your code with the function's IAM role, and you pay for every invocation.",
  fix: 'Set `AuthType: AWS_IAM` and sign requests with SigV4 (or put the function behind API Gateway / CloudFront with authentication). Keep NONE only for webhooks that verify a signature in code.',
  verify:
    'Run `curl -s -o /dev/null -w "%{http_code}" <function-url>` without credentials and check it returns 403.',
  references: ['CWE-306', 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
  fixable: 'suggestion',
  options: { authType: { description: 'AuthType to use instead (AWS_IAM).' } },
  check(doc, ctx) {
    for (const [type, base] of TARGETS) {
      for (const res of doc.ofType(type)) {
        if (valueAt(res, [...base, 'AuthType']) !== 'NONE') continue;
        report(res, base);
      }
    }
    function report(res: CfnResource, base: PropPath) {
      reportProperty(doc, ctx, {
        res,
        path: [...base, 'AuthType'],
        message: `${res.logicalId} exposes a function URL with AuthType: NONE (callable by anyone)`,
        suggest: {
          question: 'Which AuthType should the function URL use (AWS_IAM requires SigV4-signed callers)?',
          option: 'authType',
          placeholder: 'AWS_IAM',
          edits: (e, value) =>
            value === 'AWS_IAM' ? setProperty(e, doc, res, base, 'AuthType', value) : null,
        },
      });
    }
  },
});
