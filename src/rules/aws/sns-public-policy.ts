import { publicPolicyRule } from './lib/public-policy-rule.js';

export default publicPolicyRule(
  {
    id: 'aws/sns-public-policy',
    severity: 'critical',
    title: 'SNS topic policy allows anyone',
    why: 'A topic policy allowing `"Principal": "*"` without conditions lets any AWS account publish messages (spam, fake alerts, injected jobs) to every subscriber, or subscribe and receive everything published.',
    fix: 'Name the publishing accounts or services in `Principal`, or add a Condition (`aws:SourceArn`, `aws:SourceAccount`, `aws:PrincipalOrgID`).',
    verify:
      'Run `aws sns get-topic-attributes --topic-arn <arn>` and check the Policy has no Allow statement with a "*" principal and no Condition.',
    references: ['CWE-732', 'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html'],
  },
  [
    ['aws_sns_topic', 'policy'],
    ['aws_sns_topic_policy', 'policy'],
  ],
  'topic',
);
