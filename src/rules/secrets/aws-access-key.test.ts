import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-access-key.js';

// Fake, format-valid values, split so the test source itself holds no scannable token.
const KEY_ID = 'AKIA' + 'VQJXXVBOTHD2WTFL';
const TEMP_ID = 'ASIA' + 'HBMUAPTT2ZN5X2PD';

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'AWS documentation example key', code: 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n' },
      { name: 'environment reference', code: 'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}\n' },
      { name: 'role and user ids are not keys', code: 'role_id: AROA' + 'VQJXXVBOTHD2WTFL\n' },
      { name: 'lower-case or too short', code: 'x = "akia' + 'vqjxxvbothd2wtfl"\ny = "AKIA1234"\n' },
      { name: 'inside a longer word', code: 'id: XAKIA' + 'VQJXXVBOTHD2WTFLX\n' },
      { name: 'lock files are skipped', path: 'yarn.lock', code: `resolved "${KEY_ID}"\n` },
    ],
    invalid: [
      {
        code: `[default]\naws_access_key_id = ${KEY_ID}\n`,
        path: '.aws/credentials',
        errors: [{ line: 2, message: /AWS access key id AKIA\*\*\*/ }],
      },
      {
        name: 'temporary STS key in JSON',
        code: `{\n  "AccessKeyId": "${TEMP_ID}"\n}\n`,
        path: 'creds.json',
        errors: [{ line: 2, message: /temporary access key id/ }],
      },
      {
        name: 'replaced by an environment reference once the variable is chosen',
        path: 'src/main/resources/application.properties',
        code: 'cloud.aws.credentials.access-key=' + KEY_ID + '\n',
        options: { variable: '{KEY}' },
        errors: 1,
        output: 'cloud.aws.credentials.access-key=${CLOUD_AWS_CREDENTIALS_ACCESS_KEY}\n',
      },
    ],
  },
  { path: '.env' },
);
