import { defineRule } from '../../core/rule.js';
import {
  isDevelopmentProfile,
  springEntries,
  springEntry,
} from '../../sources/parsers/app-settings/spring-document.js';
import { setSpringValue } from './lib/spring-fix.js';

/** Endpoints that leak secrets or memory, change the running app, or run code. */
const SENSITIVE = new Set([
  'env',
  'heapdump',
  'threaddump',
  'shutdown',
  'jolokia',
  'logfile',
  'configprops',
  'loggers',
  'httptrace',
  'httpexchanges',
  'trace',
  'sessions',
  'gateway',
  'restart',
  'refresh',
  'dump',
]);

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost)$/i;

export default defineRule({
  id: 'spring/actuator-exposed',
  kind: 'spring',
  severity: 'high',
  title: 'Sensitive Spring Boot Actuator endpoints exposed over HTTP',
  why: 'Actuator endpoints such as /actuator/env, /heapdump and /jolokia reveal configuration, credentials held in memory and session data, and some (shutdown, loggers, jolokia, refresh) change or stop the running application. Exposing them over HTTP, especially with `*`, is a common way attackers take over Spring applications.',
  fix: 'Expose only what monitoring needs, e.g. `management.endpoints.web.exposure.include=health,info` (add `prometheus` if scraped), and put the management port behind authentication or on an internal address.',
  verify:
    'Request `/actuator/env` and `/actuator/heapdump` on the running app and check both answer 404; `/actuator` should list only the intended endpoints.',
  references: [
    'CWE-215',
    'CWE-497',
    'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.exposing',
    'OWASP API Security Top 10 2023 API8: Security Misconfiguration',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const include of springEntries(doc, 'management.endpoints.web.exposure.include')) {
      const items = include.value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      const exclude = new Set(
        (springEntry(doc, 'management.endpoints.web.exposure.exclude', include.docIndex)?.value ?? '')
          .split(',')
          .map((s) => s.trim().toLowerCase()),
      );
      const all = items.includes('*');
      const exposed = all
        ? [...SENSITIVE].filter((s) => !exclude.has(s))
        : items.filter((s) => SENSITIVE.has(s.toLowerCase()) && !exclude.has(s.toLowerCase()));
      if (exposed.length === 0) continue;
      const address = springEntry(doc, 'management.server.address', include.docIndex)?.value.trim() ?? '';
      const internal = LOOPBACK.test(address);
      const dev = isDevelopmentProfile(include.profile);
      const keep = all ? [] : items.filter((s) => !SENSITIVE.has(s.toLowerCase()));
      const replacement = keep.length > 0 ? keep : ['health', 'info'];
      ctx.report({
        at: include.valueRange,
        message: all
          ? 'all Actuator endpoints are exposed over HTTP (include=*), including env and heapdump'
          : `sensitive Actuator endpoints exposed over HTTP: ${exposed.join(', ')}`,
        path: `${include.profile ?? 'default'}/management.endpoints.web.exposure.include`,
        ...(dev || internal ? { severity: 'low' as const } : {}),
        fix: (e) => setSpringValue(e, include, replacement),
      });
    }
  },
});
