import { defineRule } from '../../core/rule.js';
import {
  isDevelopmentProfile,
  springEntries,
  springEntry,
} from '../../sources/parsers/app-settings/spring-document.js';
import { setSpringValue } from './lib/spring-fix.js';

export default defineRule({
  id: 'spring/h2-console-enabled',
  kind: 'spring',
  severity: 'high',
  title: 'H2 database web console enabled',
  why: 'The H2 console is a web page that connects to any JDBC URL you type and runs SQL. Reachable on a server, it gives attackers the application database and, through H2 features like CREATE ALIAS and JNDI URLs, a way to run code on the host.',
  fix: 'Set `spring.h2.console.enabled=false` outside local development (keep it only in a dev profile), and never set `spring.h2.console.settings.web-allow-others=true`.',
  verify: 'Request `/h2-console` on the deployed application and check it answers 404.',
  references: [
    'CWE-749',
    'CWE-94',
    'https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.h2-web-console',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const entry of springEntries(doc, 'spring.h2.console.enabled')) {
      if (entry.value.trim().toLowerCase() !== 'true') continue;
      const remote =
        springEntry(doc, 'spring.h2.console.settings.web-allow-others', entry.docIndex)
          ?.value.trim()
          .toLowerCase() === 'true';
      const dev = isDevelopmentProfile(entry.profile);
      ctx.report({
        at: entry.range,
        message: remote
          ? 'the H2 web console is enabled and accepts remote connections (web-allow-others=true)'
          : 'the H2 web console is enabled: anyone reaching it can run SQL against the database',
        path: `${entry.profile ?? 'default'}/spring.h2.console.enabled`,
        ...(dev ? { severity: 'low' as const } : remote ? { severity: 'critical' as const } : {}),
        fix: (e) => setSpringValue(e, entry, false),
      });
    }
  },
});
