import { defineRule } from '../../core/rule.js';
import { looksLikeDjangoSettings } from '../../sources/parsers/app-settings/django-handler.js';
import type { TextDocument } from '../../sources/parsers/secrets/text-document.js';
import { type AssignedValue, secretAssignments, secretKeyKind } from './lib/assignment.js';
import { envStyleOf, envSuggestion } from './lib/env-reference.js';
import { fileClass, MAX_GENERIC_LINE } from './lib/file-class.js';
import { derivedEnvName, reportSecret } from './lib/scan.js';
import { entropy, hasPlaceholderMarker } from './lib/secret-value.js';

/** Cheap pre-filter: lines mentioning a credential word at all. */
const KEYWORD =
  /pass|pwd|secret|token|api_?key|apikey|access_?key|credential|private_?key|auth_?key|signing_?key/gi;

/** Formats where `key: value` / `KEY=value` values are commonly written without quotes. */
const BARE_VALUE_EXTENSIONS = new Set(['', 'env', 'properties', 'yml', 'yaml', 'ini', 'cfg', 'conf', 'cnf']);

/** Words that mark a value as a test fixture, default or demo rather than a real credential. */
const TEST_VALUE =
  /test|fake|mock|dummy|sample|foo|bar|secret|passw|insecure|default|todo|none|null|12345|admin|letmein/i;

/** References to a secret kept elsewhere: env lookups, templates, vaults, encrypted values. */
const REFERENCE =
  /^\$|\$\{|\$\(|\{\{|%\(|#\{|^%[\w.(]|^ENC\(|^enc:|^vault:|^op:\/\/|^arn:aws:(?:secretsmanager|ssm)|^projects\/[^/]+\/secrets\/|@Microsoft\.KeyVault|^secretRef:|^!|^&|^\*|^[|>]/;

/** Values with a known token shape are reported by their specific detector, with better advice. */
const KNOWN_TOKEN =
  /^(?:AKIA|ASIA|gh[pousr]_|github_pat_|gl(?:pat|dt|rt|ptt|ft|cbt)-|xox[abeoprs][-.]|xapp-|[sr]k_live_|AIza|npm_|SG\.|SK[0-9a-f]{32}$|sk-|eyJ|-----BEGIN)/;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PATH_OR_URL =
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|[a-z][a-z0-9+.-]*:\/\/)|\.(?:pem|key|crt|cer|p12|pfx|jks|json|txt|asc|gpg)$/i;
const ENV_NAME = /^[A-Z][A-Z0-9_]{2,}$/;
const WORDS_ONLY = /^[a-z]+(?:[._\- ][a-z]+)*$/i;

function classes(value: string): number {
  return (
    Number(/[a-z]/.test(value)) +
    Number(/[A-Z]/.test(value)) +
    Number(/[0-9]/.test(value)) +
    Number(/[^A-Za-z0-9]/.test(value))
  );
}

/** Whether an assigned value looks like a real credential rather than a reference or sample. */
export function looksLikeSecret(a: AssignedValue): boolean {
  const kind = secretKeyKind(a.key);
  const v = a.value;
  if (!kind || v.length > 500 || /\s/.test(v)) return false;
  if (REFERENCE.test(v) || hasPlaceholderMarker(v) || TEST_VALUE.test(v)) return false;
  if (UUID.test(v) || PATH_OR_URL.test(v) || ENV_NAME.test(v)) return false;
  if (WORDS_ONLY.test(v) && v.length < 16) return false;
  if (kind === 'password') return v.length >= 8 && entropy(v) >= 2.5 && classes(v) >= 2;
  return v.length >= 16 && entropy(v) >= 3 && classes(v) >= 2;
}

/**
 * Left to a more specific rule: known token shapes, AWS secret keys (secrets/aws-secret-key) and
 * `SECRET_KEY` in Django settings (django/hardcoded-secret-key, with a better fix).
 */
function coveredElsewhere(doc: TextDocument, a: AssignedValue): boolean {
  if (KNOWN_TOKEN.test(a.value)) return true;
  if (/aws_?secret|secret_?access_?key/i.test(a.key) && a.value.length === 40) return true;
  return a.key === 'SECRET_KEY' && doc.extension === 'py' && looksLikeDjangoSettings(doc.path, doc.text);
}

export default defineRule({
  id: 'secrets/generic-secret',
  kind: 'text',
  severity: 'medium',
  title: 'Hard-coded password or secret',
  why: 'A password, token or key written into a file is shared with everyone who can read the repository, its forks, backups, build logs and images, and it cannot be changed without a code change. Rotating it after a leak then becomes an emergency instead of a routine.',
  fix: 'Change the credential at its service, delete the literal and read it at run time from the environment or a secret store (`${DB_PASSWORD}` in Spring and Compose files, `os.environ["NAME"]` in Python).',
  verify:
    'Check the service rejects the old value, confirm the application still starts with the value supplied from the environment, and re-run the scan.',
  references: [
    'CWE-798',
    'CWE-259',
    'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  ],
  fixable: 'suggestion',
  options: {
    variable: {
      description:
        'Environment variable to reference instead of the literal; `{KEY}` derives one from each key.',
    },
  },
  check(doc, ctx) {
    if (fileClass(doc.path) !== 'normal') return;
    const text = doc.text;
    const bare = BARE_VALUE_EXTENSIONS.has(doc.extension);
    const style = envStyleOf(doc);
    const re = new RegExp(KEYWORD.source, KEYWORD.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const lineNo = doc.lines.position(m.index).line;
      const lineStart = doc.lines.lineStart(lineNo);
      const lineEnd = doc.lines.lineEnd(lineNo);
      // One visit per line: continue the keyword search on the next line.
      re.lastIndex = lineEnd + 1;
      if (lineEnd - lineStart > MAX_GENERIC_LINE) continue;
      const line = text.slice(lineStart, lineEnd);
      for (const a of secretAssignments(line, bare)) {
        if (!looksLikeSecret(a) || coveredElsewhere(doc, a)) continue;
        const start = lineStart + a.valueStart;
        const end = start + a.value.length;
        reportSecret(doc, ctx, {
          detector: 'generic-secret',
          label: `value of \`${a.key}\``,
          value: a.value,
          start,
          end,
          ...(style
            ? {
                suggest: envSuggestion(
                  style,
                  derivedEnvName(doc, lineNo, a.key),
                  [start, end],
                  [lineStart + a.literalStart, lineStart + a.literalEnd],
                ),
              }
            : {}),
        });
      }
    }
  },
});
