import { blocksOf } from '../../sources/parsers/terraform/terraform-document.js';
import { publicPolicyRule } from './lib/public-policy-rule.js';

export default publicPolicyRule(
  {
    id: 'aws/opensearch-public-policy',
    severity: 'critical',
    title: 'OpenSearch domain access policy allows anyone',
    why: 'An access policy allowing `"Principal": "*"` without an IP or VPC condition lets anyone who finds the endpoint query, modify or delete every index; open search clusters are among the most common sources of mass data leaks.',
    fix: 'Put the domain in a VPC (`vpc_options`) and/or name the IAM roles that need access in the policy; use fine-grained access control for users.',
    verify:
      'Run `curl -s https://<domain endpoint>/_cat/indices` from outside your network and check it is refused.',
    references: ['CWE-284', 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html'],
  },
  [
    ['aws_opensearch_domain', 'access_policies'],
    ['aws_elasticsearch_domain', 'access_policies'],
    ['aws_opensearch_domain_policy', 'access_policies'],
    ['aws_elasticsearch_domain_policy', 'access_policies'],
  ],
  'domain',
  // A domain inside a VPC is only reachable from the VPC.
  (res) => ((blocksOf(res.values, 'vpc_options') ?? []).length > 0 ? 'medium' : undefined),
);
