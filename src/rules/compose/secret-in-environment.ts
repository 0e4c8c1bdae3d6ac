import { defineRule } from '../../core/rule.js';
import { yamlScalar } from '../../fixers/yaml-edit.js';
import type { ComposeEnvVar } from '../../sources/parsers/compose/compose-document.js';
import { hasInterpolation } from '../../sources/parsers/compose/compose-syntax.js';
import { servicePath } from './lib/edits.js';

const SECRET_NAME =
  /(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|(?:^|_)PASS$|(?:^|_)(?:ENCRYPTION|SIGNING|MASTER|APP|JWT|SESSION|AUTH)_?KEY$)/i;
/** Names that mention a secret but hold a path, a flag or an identifier. */
const NOT_A_SECRET =
  /(?:_FILE|_PATH|_DIR|_ID|_NAME|_USER|_USERNAME|_TTL|_EXPIRY|_EXPIRES|_LENGTH|_HEADER|_ENABLED|_TYPE|_METHOD|_POLICY|_URL_PARAM)$|ALLOW_EMPTY|RANDOM_ROOT_PASSWORD|^TOKEN_ENDPOINT/i;
/** Values that are not real secrets: flags, placeholders, templating left for later. */
const PLACEHOLDER =
  /^(?:|true|false|yes|no|on|off|0|1|null|none|changeme|change[-_]?me|change[-_]?this|replace[-_]?me|placeholder|redacted|secret|password|example|dummy|xxx+|\*+|<[^>]*>|\{\{.*\}\}|%\(.*\)s|your[-_ ].*)$/i;
/** A URL carrying `user:password@`. */
const URL_CREDENTIALS = /^[a-z][a-z0-9+.-]*:\/\/[^:/@\s]+:([^@\s]+)@/i;

function secretKind(v: ComposeEnvVar): 'name' | 'url' | null {
  if (v.value === null) return null;
  const value = v.value.trim();
  if (hasInterpolation(value)) return null;
  const url = URL_CREDENTIALS.exec(value);
  if (url) return PLACEHOLDER.test(url[1] ?? '') ? null : 'url';
  if (!SECRET_NAME.test(v.name) || NOT_A_SECRET.test(v.name)) return null;
  if (PLACEHOLDER.test(value) || value.startsWith('/run/secrets/')) return null;
  return 'name';
}

export default defineRule({
  id: 'compose/secret-in-environment',
  kind: 'compose',
  severity: 'high',
  title: 'Secret written in plain text in the Compose file',
  why: 'A password or token typed into `environment:` ends up in version control, in every copy of the repository, in CI logs and in `docker inspect` output. Anyone who can read the file can log in, and the value cannot be rotated without editing and redeploying the file.',
  fix: 'Replace the literal with interpolation from an untracked `.env` file or the deploy environment, e.g. `POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}`, or use Compose `secrets:` with a `*_FILE` variable. Then rotate the exposed value: it stays in git history.',
  verify:
    'Run `git grep -n` for the old value and check it only appears in history; `docker compose config` should fail with your message when the variable is unset and show the new value when it is set.',
  references: [
    'CWE-798',
    'CWE-312',
    'https://docs.docker.com/compose/how-tos/use-secrets/',
    'https://docs.docker.com/compose/how-tos/environment-variables/variable-interpolation/',
  ],
  fixable: 'suggestion',
  options: {
    template: {
      description:
        'Replacement for the literal value; `{name}` becomes the variable name, e.g. `${{name}:?{name} is not set}`.',
    },
  },
  check(doc, ctx) {
    for (const svc of doc.services) {
      for (const v of svc.environment) {
        const kind = secretKind(v);
        if (!kind) continue;
        const valueRange = v.valueRange;
        ctx.report({
          at: v.range,
          message:
            kind === 'url'
              ? `service "${svc.name}" has a password inside the URL in ${v.name}`
              : `service "${svc.name}" sets ${v.name} to a literal value`,
          path: servicePath(svc.name, 'environment', v.name),
          evidence: `${v.name}=${'*'.repeat(Math.min(8, v.value?.length ?? 0))}`,
          suggest: {
            question: `How should ${v.name} be supplied instead of the literal value?`,
            option: 'template',
            placeholder: '${{name}:?{name} is not set}',
            edits: (e, template) => {
              if (!valueRange || /["'#\\\n\r]/.test(template)) return null;
              const text = template.replaceAll('{name}', v.name);
              if (!hasInterpolation(text)) return null;
              const quote = doc.text[valueRange.start.offset];
              if (v.style === 'map') {
                if (quote === '"' || quote === "'") {
                  return e.replace([valueRange.start.offset + 1, valueRange.end.offset - 1], text);
                }
                return e.replace(valueRange, yamlScalar(text));
              }
              const quotedItem = /["']/.test(doc.text[v.range.start.offset] ?? '');
              if (!quotedItem && /:\s/.test(text)) return null;
              return e.replace(valueRange, text);
            },
          },
        });
      }
    }
  },
});
