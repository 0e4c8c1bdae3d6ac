import { liveRuleTester } from '../../test-support/live-rule-tester.js';
import rule from './http-exposed-sensitive-path.js';
import { httpDoc } from './lib/docs.js';

liveRuleTester(rule, {
  valid: [{ doc: httpDoc({ exposedPaths: [] }) }],
  invalid: [
    {
      doc: httpDoc({
        exposedPaths: [
          { path: '/.git/config', status: 200, evidence: '[core] section' },
          { path: '/.env', status: 200, evidence: '3 KEY=value lines' },
          { path: '/server-status', status: 200, evidence: 'Apache server status page' },
        ],
      }),
      errors: [
        {
          message: /^https:\/\/127\.0\.0\.1:443\/\.git\/config is publicly readable/,
          severity: 'high',
          path: 'https://127.0.0.1:443/.git/config',
        },
        { severity: 'critical', path: 'https://127.0.0.1:443/.env' },
        { severity: 'medium' },
      ],
    },
  ],
});
