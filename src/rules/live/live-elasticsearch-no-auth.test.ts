import { liveDoc, liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './live-elasticsearch-no-auth.js';

liveRuleTester(rule, {
  valid: [
    {
      name: 'security on',
      doc: liveDoc('elasticsearch-live', {
        rootStatus: 401,
        identified: true,
        authChallenge: 'Basic realm="security"',
      }),
    },
    { name: 'some other HTTP service', doc: liveDoc('elasticsearch-live', { rootStatus: 200 }) },
  ],
  invalid: [
    {
      doc: liveDoc('elasticsearch-live', {
        rootStatus: 200,
        identified: true,
        distribution: 'elasticsearch',
        version: '7.17.9',
        clusterName: 'logs',
        healthStatus: 200,
      }),
      errors: [
        {
          message:
            'http://127.0.0.1:9200 (elasticsearch 7.17.9, cluster "logs") answers without authentication',
          severity: 'critical',
        },
      ],
    },
  ],
});
