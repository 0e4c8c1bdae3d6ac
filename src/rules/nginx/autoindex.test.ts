import { describe, expect, it } from 'vitest';
import { nginxHandler } from '../../sources/parsers/nginx/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './autoindex.js';

ruleTester(
  rule,
  nginxHandler,
  {
    valid: [
      { code: 'http {\n    server {\n        location /files/ { autoindex off; }\n    }\n}\n' },
      { name: 'default is off', code: 'http {\n    server { root /srv; }\n}\n' },
    ],
    invalid: [
      {
        code: 'http {\n    server {\n        location /files/ {\n            autoindex on;\n        }\n    }\n}\n',
        errors: [{ line: 4, message: /autoindex on lists directory contents in location\[\/files\/\]/ }],
        output:
          'http {\n    server {\n        location /files/ {\n            autoindex off;\n        }\n    }\n}\n',
      },
      {
        name: 'in an included file: reported there',
        code: 'http {\n    include conf.d/*.conf;\n}\n',
        files: { '/sample/conf.d/files.conf': 'server {\n  autoindex on;\n}\n' },
        errors: [{ line: 2 }],
      },
    ],
  },
  { path: 'nginx.conf' },
);

describe('nginx/autoindex across includes', () => {
  it('reports, and fixes, the included file', () => {
    const { findings } = checkSample(
      rule,
      nginxHandler,
      {
        code: 'http {\n    include conf.d/*.conf;\n}\n',
        files: { '/sample/conf.d/files.conf': 'server {\n  autoindex on;\n}\n' },
      },
      { path: 'nginx.conf' },
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]?.file).toBe('conf.d/files.conf');
    expect(findings[0]?.fix?.edits).toEqual([{ file: 'conf.d/files.conf', start: 21, end: 23, text: 'off' }]);
  });
});
