import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/protocol',
  kind: 'sshd',
  severity: 'high',
  title: 'SSH protocol version 1 enabled',
  why: 'SSH protocol 1 has known design flaws that let attackers on the network hijack or decrypt sessions. OpenSSH dropped it in 7.4; a config that still asks for it either runs on a dangerously old sshd or documents a wrong belief.',
  fix: 'Set `Protocol 2`, or delete the line (modern OpenSSH only speaks version 2).',
  verify:
    'Run `ssh -1 <host>` (old clients) or `nmap --script sshv1 -p 22 <host>` and check protocol 1 is refused.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.4',
    'CWE-327',
    'https://www.openssh.com/txt/release-7.4',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'protocol',
      keyword: 'Protocol',
      judge: (v) =>
        v.split(/[,\s]+/).includes('1')
          ? { message: `Protocol ${v} enables the broken SSH protocol 1` }
          : null,
      fixValue: () => '2',
    });
  },
});
