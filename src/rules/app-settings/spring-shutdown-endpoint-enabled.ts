import { defineRule } from '../../core/rule.js';
import { springEntries, springEntry } from '../../sources/parsers/app-settings/spring-document.js';
import { setSpringValue } from './lib/spring-fix.js';

export default defineRule({
  id: 'spring/shutdown-endpoint-enabled',
  kind: 'spring',
  severity: 'medium',
  title: 'Spring Boot Actuator shutdown endpoint enabled',
  why: 'The shutdown endpoint stops the application on a single POST request. If it is ever exposed over HTTP (now, or by a later `include=*`), anyone who can reach the management port can take the service down at will.',
  fix: 'Remove the setting or set `management.endpoint.shutdown.enabled=false` (Spring Boot 3.4+: `management.endpoint.shutdown.access=none`); stop the app through the platform instead.',
  verify: 'POST to `/actuator/shutdown` and check the answer is 404 and the application keeps running.',
  references: [
    'CWE-749',
    'CWE-306',
    'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.enabling',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const settings = [
      ...springEntries(doc, 'management.endpoint.shutdown.enabled')
        .filter((e) => e.value.trim().toLowerCase() === 'true')
        .map((entry) => ({ entry, off: false as string | boolean })),
      ...springEntries(doc, 'management.endpoint.shutdown.access')
        .filter((e) => /^(?:unrestricted|read[-_]?only)$/i.test(e.value.trim()))
        .map((entry) => ({ entry, off: 'none' as string | boolean })),
    ];
    for (const { entry, off } of settings) {
      const include =
        springEntry(doc, 'management.endpoints.web.exposure.include', entry.docIndex)?.value ?? '';
      const exposed = include.split(',').some((s) => ['*', 'shutdown'].includes(s.trim().toLowerCase()));
      ctx.report({
        at: entry.range,
        message: exposed
          ? 'the shutdown endpoint is enabled and exposed over HTTP: one POST stops the application'
          : 'the shutdown endpoint is enabled (one POST stops the application once it is exposed)',
        path: `${entry.profile ?? 'default'}/management.endpoint.shutdown`,
        ...(exposed ? { severity: 'high' as const } : {}),
        fix: (e) => setSpringValue(e, entry, off),
      });
    }
  },
});
