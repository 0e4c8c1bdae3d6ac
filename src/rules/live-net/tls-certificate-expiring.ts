import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

const DAY = 86_400_000;

export default defineRule({
  id: 'tls/certificate-expiring',
  kind: 'tls-live',
  severity: 'medium',
  title: 'TLS certificate expires soon',
  why: 'The certificate runs out within the warning window. If renewal is not automated or silently failing, the site or API will start failing for every client on that date.',
  fix: 'Renew now and check why automatic renewal has not happened yet (certbot timers, ACME client logs, expired DNS credentials); add expiry monitoring.',
  verify:
    'Run `openssl s_client -connect <host>:<port> </dev/null 2>/dev/null | openssl x509 -noout -enddate` and check the new date; re-run `plumb scan`.',
  references: ['CWE-298', 'https://letsencrypt.org/docs/integration-guide/#when-to-renew'],
  tags: ['live', 'tls', 'certificate'],
  options: { days: { description: 'Report certificates expiring within this many days.', default: 30 } },
  check(doc, ctx) {
    const cert = doc.certificate;
    if (!cert) return;
    const days = Number(ctx.options['days'] ?? 30);
    const now = Date.parse(doc.observedAt);
    const end = Date.parse(cert.validTo);
    if (end < now || end - now > days * DAY) return;
    const left = Math.floor((end - now) / DAY);
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/certificate/validity`,
      message: `${doc.path} certificate expires in ${left} day${left === 1 ? '' : 's'} (${cert.validTo.slice(0, 10)})`,
    });
  },
});
