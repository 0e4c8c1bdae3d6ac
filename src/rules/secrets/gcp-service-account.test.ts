import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './gcp-service-account.js';

const BODY = '2Qugs4lIFVRdxtDyKUOtfZUTqr8aFvnKbnHFbDfj3u+ypO09RnKw1zW9/ohP46Pb\\nwC6dT0ctPVnaawqrczLJWI==';
const keyFile = (type: string, key: string) =>
  [
    '{',
    `  "type": "${type}",`,
    '  "project_id": "acme-prod",',
    '  "private_key_id": "3998e1705bb7a7af3d2e2425ba9682170905f4ec",',
    `  "private_key": "${key}",`,
    '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",',
    '  "client_id": "104236723468123456789"',
    '}',
    '',
  ].join('\n');
const PEM = `-----BEGIN ${'PRIVATE'} KEY-----\\n${BODY}\\n-----END PRIVATE KEY-----\\n`;

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'authorized user credentials are not service accounts', code: keyFile('authorized_user', PEM) },
      { name: 'key removed', code: keyFile('service_account', '') },
      {
        name: 'external account (workload identity federation) config',
        code: '{\n  "type": "external_account",\n  "audience": "//iam.googleapis.com/projects/1/locations/global/workloadIdentityPools/p/providers/gh"\n}\n',
      },
    ],
    invalid: [
      {
        code: keyFile('service_account', PEM),
        errors: [
          {
            line: 5,
            severity: 'critical',
            message: /service account private key 3998\*\*\* .*deployer@acme-prod/,
          },
        ],
      },
    ],
  },
  { path: 'deploy/sa-key.json' },
);
