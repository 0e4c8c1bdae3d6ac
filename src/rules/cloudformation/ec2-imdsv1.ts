import { defineRule } from '../../core/rule.js';
import { type PropPath, valueAt } from '../../sources/parsers/cloudformation/cloudformation-document.js';
import { isTfObject, isUnknown } from '../../sources/parsers/terraform/values.js';
import { setProperty } from './lib/edit.js';
import { reportProperty } from './lib/report.js';

/** Where each resource type keeps its metadata options. */
const OPTIONS: Record<string, PropPath> = {
  'AWS::EC2::Instance': ['MetadataOptions'],
  'AWS::EC2::LaunchTemplate': ['LaunchTemplateData', 'MetadataOptions'],
  'AWS::AutoScaling::LaunchConfiguration': ['MetadataOptions'],
};

export default defineRule({
  id: 'cfn/ec2-imdsv1',
  kind: 'cloudformation',
  severity: 'high',
  title: 'EC2 instance metadata allows IMDSv1',
  why: "IMDSv1 answers any GET request from the instance, so a server-side request forgery bug in the application lets an attacker read the instance role's credentials (as in the 2019 Capital One breach). IMDSv2 requires a session token that SSRF cannot obtain.",
  fix: 'Set `MetadataOptions: {HttpTokens: required}` on the instance, launch template (`LaunchTemplateData`) or launch configuration.',
  verify:
    'Run `aws ec2 describe-instances --query "Reservations[].Instances[].MetadataOptions.HttpTokens"` and check it prints required.',
  references: [
    'CIS AWS Foundations Benchmark v3.0.0 5.6',
    'CWE-918',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const [type, at] of Object.entries(OPTIONS)) {
      for (const res of doc.ofType(type)) {
        const options = valueAt(res, at);
        if (isUnknown(options) || (options !== undefined && options !== null && !isTfObject(options)))
          continue;
        // An instance launched from a launch template gets the template's options (checked there).
        if (
          type === 'AWS::EC2::Instance' &&
          options === undefined &&
          res.properties['LaunchTemplate'] !== undefined
        )
          continue;
        const tokens = isTfObject(options) ? options['HttpTokens'] : undefined;
        const endpoint = isTfObject(options) ? options['HttpEndpoint'] : undefined;
        if (tokens === 'required' || endpoint === 'disabled' || isUnknown(tokens) || isUnknown(endpoint))
          continue;
        if (tokens !== undefined && tokens !== null && tokens !== 'optional') continue;
        reportProperty(doc, ctx, {
          res,
          path: [...at, 'HttpTokens'],
          message:
            tokens === 'optional'
              ? `${res.logicalId} sets HttpTokens: optional (IMDSv1 allowed)`
              : `${res.logicalId} does not require IMDSv2 (MetadataOptions.HttpTokens is not required)`,
          fix: (e) => setProperty(e, doc, res, at, 'HttpTokens', 'required'),
        });
      }
    }
  },
});
