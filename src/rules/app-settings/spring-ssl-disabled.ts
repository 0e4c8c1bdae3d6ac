import { defineRule } from '../../core/rule.js';
import { isDevelopmentProfile, springEntries } from '../../sources/parsers/app-settings/spring-document.js';

export default defineRule({
  id: 'spring/ssl-disabled',
  kind: 'spring',
  severity: 'low',
  title: 'Spring Boot server TLS explicitly disabled',
  why: 'With server.ssl.enabled=false the embedded server speaks plain HTTP, so logins, session cookies and API data cross the network unencrypted unless a proxy in front terminates TLS. It is fine behind such a proxy, and a real risk without one.',
  fix: 'Terminate TLS at the load balancer or ingress in front of the app, or configure `server.ssl.*` (key store, protocols) and set `server.ssl.enabled=true`.',
  verify:
    'Check the public URL is only reachable over https:// (`curl -sI http://…` redirects or fails), e.g. with `openssl s_client -connect <host>:443`.',
  references: [
    'CWE-319',
    'https://docs.spring.io/spring-boot/reference/web/servlet.html#web.servlet.embedded-container.customizing.ssl',
  ],
  check(doc, ctx) {
    for (const entry of springEntries(doc, 'server.ssl.enabled')) {
      if (entry.value.trim().toLowerCase() !== 'false' || isDevelopmentProfile(entry.profile)) continue;
      ctx.report({
        at: entry.range,
        message:
          'server.ssl.enabled=false: the embedded server serves plain HTTP (fine only behind a TLS proxy)',
        path: `${entry.profile ?? 'default'}/server.ssl.enabled`,
      });
    }
  },
});
