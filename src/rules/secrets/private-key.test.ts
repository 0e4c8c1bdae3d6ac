import { textHandler } from '../../sources/parsers/secrets/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './private-key.js';

// A fake key: random base64, not a real key. Split so this file holds no scannable header.
const BODY = [
  '2Qugs4lIFVRdxtDyKUOtfZUTqr8aFvnKbnHFbDfj3u+ypO09RnKw1zW9/ohP46Pb',
  'V71kDRuIr2jhTxs+OHKDpnJh/rgiOaPq/N9RtlnnudSkpmKog0Qwp/vaQcT7xl2c',
  'wC6dT0ctPVnaawqrczLJWI==',
].join('\n');
const pem = (type: string) => `-----BEGIN ${type}-----\n${BODY}\n-----END ${type}-----\n`;

ruleTester(
  rule,
  textHandler,
  {
    valid: [
      { name: 'public key', code: pem('PUBLIC KEY') },
      { name: 'certificate', code: pem('CERTIFICATE') },
      { name: 'SSH public key', code: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ3x user@host\n' },
      {
        name: 'header used as a string constant in code',
        path: 'pem.ts',
        code: "const HEADER = '-----BEGIN ' + 'RSA PRIVATE KEY-----';\nif (s.startsWith('-----BEGIN PRIVATE KEY-----')) parse(s);\n",
      },
      {
        name: 'documentation placeholder',
        path: 'README.md',
        code: '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n',
      },
    ],
    invalid: [
      {
        path: 'certs/server.key',
        code: pem('RSA PRIVATE KEY'),
        errors: [{ line: 1, message: /^RSA private key/, severity: 'critical' }],
      },
      {
        name: 'OpenSSH key inside YAML, indented',
        path: 'deploy/values.yaml',
        code: `sshKey: |\n  -----BEGIN OPENSSH PRIVATE KEY-----\n  ${BODY.split('\n').join('\n  ')}\n  -----END OPENSSH PRIVATE KEY-----\n`,
        errors: [{ line: 2 }],
      },
      {
        name: 'JSON-escaped PKCS#8 key',
        path: 'config.json',
        code: `{"tls_key": "-----BEGIN PRIVATE KEY-----\\n${BODY.replace(/\n/g, '\\n')}\\n-----END PRIVATE KEY-----\\n"}\n`,
        errors: [{ line: 1 }],
      },
      {
        name: 'encrypted key is still reported, one level lower',
        path: 'key.pem',
        code: pem('ENCRYPTED PRIVATE KEY'),
        errors: [{ line: 1, severity: 'high', message: /passphrase/ }],
      },
    ],
  },
  { path: 'id_rsa' },
);
