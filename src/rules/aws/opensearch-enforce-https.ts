import { attributeRule } from './lib/attribute-rule.js';

export default attributeRule({
  id: 'aws/opensearch-enforce-https',
  severity: 'medium',
  title: 'OpenSearch domain accepts plain HTTP',
  why: 'With HTTPS not enforced, clients can talk to the domain over plain HTTP, sending credentials and query results in clear.',
  fix: 'Set `enforce_https = true` (and a modern `tls_security_policy`) in `domain_endpoint_options`.',
  verify:
    'Run `aws opensearch describe-domain --domain-name <name> --query "DomainStatus.DomainEndpointOptions.EnforceHTTPS"` and check it prints true.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  ],
  types: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  block: 'domain_endpoint_options',
  attr: 'enforce_https',
  ok: (v) => !(v === false || v === 'false'),
  message: (res) => `${res.address} sets enforce_https = false`,
  fixValue: 'true',
});
