import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secret-key.js';

const KEY_ID = 'AKIA' + 'VQJXXVBOTHD2WTFL';
const SECRET = 'HVJWDBt2hWdQZUm14Qho' + 'xhLPAbQcEFUV2fsjGHb6';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      {
        name: 'AWS documentation example pair',
        code: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n',
      },
      { name: 'secret from the environment', code: 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n' },
      {
        name: 'a 40-character git commit hash next to a key id is not a secret',
        code: `key = AKIAIOSFODNN7EXAMPLE\ncommit = 3998e1705bb7a7af3d2e2425ba9682170905f4ec\n`,
      },
      {
        name: 'an unnamed 40-character string without a key id nearby',
        code: `checksum: ${SECRET}\n`,
      },
    ],
    invalid: [
      {
        name: 'named in a credentials file',
        path: '.aws/credentials',
        code: `[default]\naws_access_key_id = ${KEY_ID}\naws_secret_access_key = ${SECRET}\n`,
        errors: [{ line: 3, message: /AWS secret access key HVJW\*\*\*/ }],
      },
      {
        name: 'unnamed, a few lines from its key id',
        path: 'deploy.sh',
        code: `export ID=${KEY_ID}\n\n# the secret\nexport S="${SECRET}"\n`,
        errors: [{ line: 4 }],
      },
      {
        name: 'CloudFormation-style JSON',
        path: 'out.json',
        code: `{"SecretAccessKey": "${SECRET}"}\n`,
        errors: [{ line: 1, severity: 'critical' }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.yml',
        code: `cloud:\n  aws:\n    credentials:\n      access-key: ${KEY_ID}\n      secret-key: ${SECRET}\n`,
        options: { variable: 'AWS_SECRET_ACCESS_KEY' },
        errors: 1,
        output: `cloud:\n  aws:\n    credentials:\n      access-key: ${KEY_ID}\n      secret-key: ${'${AWS_SECRET_ACCESS_KEY}'}\n`,
      },
    ],
  },
  { path: '.env' },
);
