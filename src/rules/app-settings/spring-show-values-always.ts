import { defineRule } from '../../core/rule.js';
import { isDevelopmentProfile, springEntries } from '../../sources/parsers/app-settings/spring-document.js';
import { setSpringValue } from './lib/spring-fix.js';

const KEYS = [
  'management.endpoint.env.show-values',
  'management.endpoint.configprops.show-values',
  'management.endpoint.quartz.show-values',
];

export default defineRule({
  id: 'spring/show-values-always',
  kind: 'spring',
  severity: 'medium',
  title: 'Actuator shows unsanitised configuration values',
  why: 'With show-values=ALWAYS the env and configprops endpoints return every property value in clear text, including database passwords, API keys and tokens, to anyone allowed to call the endpoint, not only to authorised administrators.',
  fix: 'Set the show-values properties to `NEVER` (the default) or `WHEN_AUTHORIZED` with roles configured, so values are masked as `******`.',
  verify: 'Call `/actuator/env` and check secret-looking properties show `******` instead of their values.',
  references: [
    'CWE-200',
    'CWE-532',
    'https://docs.spring.io/spring-boot/reference/actuator/endpoints.html#actuator.endpoints.sanitization',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const key of KEYS) {
      for (const entry of springEntries(doc, key)) {
        if (entry.value.trim().toUpperCase() !== 'ALWAYS') continue;
        ctx.report({
          at: entry.range,
          message: `${entry.key}=ALWAYS: secrets in configuration are shown unmasked`,
          path: `${entry.profile ?? 'default'}/${key}`,
          ...(isDevelopmentProfile(entry.profile) ? { severity: 'low' as const } : {}),
          fix: (e) => setSpringValue(e, entry, 'NEVER'),
        });
      }
    }
  },
});
