import { defineRule } from '../../core/rule.js';
import { topLevelSetting } from '../../sources/parsers/app-settings/django-document.js';

export default defineRule({
  id: 'django/ssl-redirect-disabled',
  kind: 'django',
  severity: 'low',
  title: 'Django does not redirect HTTP to HTTPS',
  why: 'With SECURE_SSL_REDIRECT = False, pages requested over plain http:// are served over plain HTTP, where they can be read and altered in transit. Redirecting to HTTPS is usually also done by the proxy in front; when it is not, this is the only safeguard.',
  fix: 'Set `SECURE_SSL_REDIRECT = True` (and `SECURE_PROXY_SSL_HEADER` when behind a TLS-terminating proxy), or make sure the load balancer redirects HTTP to HTTPS.',
  verify: 'Run `curl -sI http://<site>/` and check it answers 301 with a `Location: https://…` header.',
  references: ['CWE-319', 'https://docs.djangoproject.com/en/stable/ref/settings/#secure-ssl-redirect'],
  fixable: 'auto',
  check(doc, ctx) {
    if (doc.development) return;
    const s = topLevelSetting(doc, 'SECURE_SSL_REDIRECT');
    if (s?.value.type !== 'bool' || s.value.value) return;
    ctx.report({
      at: s.range,
      message: 'SECURE_SSL_REDIRECT = False: plain HTTP requests are served instead of redirected',
      path: 'settings/SECURE_SSL_REDIRECT',
      fix: (e) => e.replace(s.value.range, 'True'),
    });
  },
});
