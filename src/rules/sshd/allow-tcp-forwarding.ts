import { defineRule } from '../../core/rule.js';
import { checkKeyword } from './lib/sshd-settings.js';

export default defineRule({
  id: 'sshd/allow-tcp-forwarding',
  kind: 'sshd',
  severity: 'low',
  title: 'SSH TCP forwarding enabled',
  why: 'TCP forwarding turns an SSH login into a tunnel: a user (or an attacker with a stolen key) can reach internal services behind the server, or expose them to the outside, without any firewall seeing it.',
  fix: 'Set `AllowTcpForwarding no` globally, and allow it in a Match block only for the users who need tunnels.',
  verify:
    'Run `sshd -T | grep -i allowtcpforwarding` and check it prints `no`; `ssh -L 8080:localhost:80 <host>` should then report the forward as refused.',
  references: [
    'CIS Distribution Independent Linux Benchmark 5.2.21',
    'CWE-441',
    'https://man.openbsd.org/sshd_config#AllowTcpForwarding',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    checkKeyword(doc, ctx, {
      key: 'allowtcpforwarding',
      keyword: 'AllowTcpForwarding',
      judge: (v) =>
        /^(?:yes|all|local|remote)$/i.test(v)
          ? { message: `AllowTcpForwarding ${v} lets SSH sessions tunnel TCP connections` }
          : null,
      fixValue: () => 'no',
    });
  },
});
