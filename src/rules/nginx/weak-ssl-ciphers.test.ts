import { describe, expect, it } from 'vitest';
import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule, { weakCipherFamilies } from './weak-ssl-ciphers.js';

describe('weakCipherFamilies', () => {
  it('judges common cipher strings', () => {
    expect(weakCipherFamilies('HIGH:!aNULL:!MD5')).toEqual([]);
    expect(weakCipherFamilies('ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305')).toEqual([]);
    expect(weakCipherFamilies('HIGH:MEDIUM')).toEqual(['anonymous (aNULL)', 'LOW/MEDIUM strength']);
    expect(weakCipherFamilies('ECDHE-RSA-AES128-SHA:DES-CBC3-SHA:RC4-SHA')).toEqual(['RC4', 'DES/3DES']);
    expect(weakCipherFamilies('ALL:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5')).toEqual([]);
    expect(weakCipherFamilies('EXP-RC4-MD5')).toEqual(['RC4', 'MD5', 'EXPORT']);
    expect(weakCipherFamilies('NULL-SHA256')).toEqual(['NULL encryption']);
    expect(weakCipherFamilies('kEDH+AESGCM:ADH-AES256-SHA')).toEqual(['anonymous (aNULL)']);
  });
});

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'http {\n    ssl_ciphers HIGH:!aNULL:!MD5;\n}\n' },
      { code: "http {\n    ssl_ciphers 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256';\n}\n" },
      { name: 'variable', code: 'http {\n    ssl_ciphers $ciphers;\n}\n' },
    ],
    invalid: [
      {
        code: 'http {\n    ssl_ciphers "RC4:HIGH:!aNULL";\n}\n',
        errors: [{ line: 2, message: 'ssl_ciphers allows weak suites: RC4' }],
      },
      {
        name: 'the chosen list replaces the old one, keeping the quotes',
        code: 'http {\n    server {\n        ssl_ciphers "ALL:!EXPORT";\n    }\n}\n',
        options: { ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384' },
        errors: [{ line: 3, message: /anonymous/ }],
        output:
          'http {\n    server {\n        ssl_ciphers "ECDHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384";\n    }\n}\n',
      },
    ],
  },
  { path: 'nginx.conf' },
);
