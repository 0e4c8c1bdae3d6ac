import { mustBeTrue, propertyRule } from './lib/property-rule.js';

export default propertyRule({
  id: 'cfn/opensearch-enforce-https',
  severity: 'medium',
  title: 'OpenSearch domain accepts plain HTTP',
  why: 'Without EnforceHTTPS the domain endpoint also answers plain HTTP, so queries, results and credentials (basic auth, signed requests) can travel in clear text.',
  fix: 'Set `DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-2019-07}`.',
  verify: 'Run `curl -sI http://<domain-endpoint>/` and check the request is refused or redirected to HTTPS.',
  references: [
    'CWE-319',
    'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html',
  ],
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  path: ['DomainEndpointOptions', 'EnforceHTTPS'],
  ok: mustBeTrue,
  message: (res, v) =>
    v === undefined
      ? `${res.logicalId} does not enforce HTTPS (DomainEndpointOptions.EnforceHTTPS not set)`
      : `${res.logicalId} does not enforce HTTPS (DomainEndpointOptions.EnforceHTTPS: false)`,
  fixValue: true,
});
