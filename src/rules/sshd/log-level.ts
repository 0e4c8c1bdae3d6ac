import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/log-level',
  kind: 'sshd',
  severity: 'low',
  title: 'SSH logging too quiet or too verbose',
  why: 'At QUIET, FATAL or ERROR sshd does not record who logged in or failed to, so break-ins go unnoticed and cannot be investigated. DEBUG levels log private details of every session and are meant only for troubleshooting.',
  fix: 'Set `LogLevel VERBOSE` (records the key used for each login) or `LogLevel INFO`.',
  verify:
    'Run `sshd -T | grep -i loglevel` and check it prints `INFO` or `VERBOSE`, then check logins appear in the auth log.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.5',
    'CWE-778',
    'https://man.openbsd.org/sshd_config#LogLevel',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'loglevel',
      keyword: 'LogLevel',
      judge: (v) =>
        /^(?:INFO|VERBOSE)$/i.test(v)
          ? null
          : {
              message: `LogLevel ${v} ${/^DEBUG/i.test(v) ? 'logs private session details' : 'does not record logins'}`,
            },
      fixValue: () => 'VERBOSE',
    });
  },
});
