import { describe, expect, it } from 'vitest';
import { sshdHandler } from '../../sources/parsers/sshd/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import { sshdSeconds } from './lib/sshd-settings.js';
import rule from './login-grace-time.js';

describe('sshdSeconds', () => {
  it('reads the sshd time format', () => {
    expect(sshdSeconds('90')).toBe(90);
    expect(sshdSeconds('1m30s')).toBe(90);
    expect(sshdSeconds('2H')).toBe(7200);
    expect(sshdSeconds('soon')).toBeNull();
  });
});

ruleTester(
  rule,
  sshdHandler,
  {
    valid: [{ code: 'LoginGraceTime 1m\n' }, { code: 'LoginGraceTime 30\n' }],
    invalid: [
      {
        code: 'LoginGraceTime 2m\n',
        errors: [{ line: 1, message: /longer than 60/ }],
        output: 'LoginGraceTime 60\n',
      },
      {
        code: 'LoginGraceTime 0\n',
        errors: [{ line: 1, message: /never closes/ }],
        output: 'LoginGraceTime 60\n',
      },
      { name: 'missing', code: 'Port 22\n', errors: [{ line: 1 }], output: 'Port 22\nLoginGraceTime 60\n' },
    ],
  },
  { path: 'sshd_config' },
);
