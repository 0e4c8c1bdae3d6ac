import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from './lib/endpoint.js';

export default defineRule({
  id: 'live-elasticsearch/no-auth',
  kind: 'elasticsearch-live',
  severity: 'critical',
  title: 'Elasticsearch/OpenSearch is readable without authentication',
  why: 'The cluster answered GET / and the cluster health API without credentials, so its security features are off. Anyone who reaches the port can search, dump and delete every index; exposed clusters are among the largest sources of data leaks.',
  fix: 'Enable security: `xpack.security.enabled: true` (Elasticsearch, default since 8.0) or the security plugin (OpenSearch), set passwords for built-in users, enable TLS on the HTTP layer, and bind to private interfaces only.',
  verify:
    'Run `curl -s -o /dev/null -w "%{http_code}" http://<host>:<port>/_cluster/health`: it must print 401.',
  references: [
    'CWE-306',
    'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-minimal-setup.html',
    'https://opensearch.org/docs/latest/security/',
  ],
  tags: ['live', 'authentication'],
  check(doc, ctx) {
    if (doc.identified !== true || doc.rootStatus !== 200) return;
    ctx.report({
      at: ENDPOINT,
      message: `${doc.path} (${doc.distribution ?? 'elasticsearch'} ${doc.version ?? '?'}, cluster "${doc.clusterName ?? '?'}") answers without authentication`,
      path: `${doc.path}/auth`,
      evidence: `GET / => 200; GET /_cluster/health => ${doc.healthStatus ?? '?'}`,
    });
  },
});
