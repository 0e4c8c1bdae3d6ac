import type { EditBuilder } from '../../../core/edit.js';
import type { FixOutput, SuggestionSpec } from '../../../core/rule.js';
import type { TextDocument } from '../../../sources/parsers/secrets/text-document.js';

/**
 * How a file can refer to an environment variable instead of holding a literal, when the format
 * has one well-known way: `${NAME}` in Spring properties/YAML, Compose files and `.npmrc`, and
 * `os.environ["NAME"]` in Python modules that already import `os`. Elsewhere (Kubernetes YAML,
 * JSON, .env files themselves) there is no safe textual fix: the secret must move to a secret
 * store, so no suggestion is offered.
 */
export type EnvStyle = 'dollar-brace' | 'python-environ';

export function envStyleOf(doc: TextDocument): EnvStyle | null {
  const base = doc.base.toLowerCase();
  if (base === '.npmrc') return 'dollar-brace';
  if (/^(?:application|bootstrap)(?:-[\w.-]+)?\.(?:properties|ya?ml)$/.test(base)) return 'dollar-brace';
  if (/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/.test(base)) return 'dollar-brace';
  if (doc.extension === 'properties') return 'dollar-brace';
  if (doc.extension === 'py' && /^(?:import os\b|from os import environ\b)/m.test(doc.text)) {
    return 'python-environ';
  }
  return null;
}

/** An environment variable name derived from a key (`spring.datasource.password` -> `SPRING_DATASOURCE_PASSWORD`). */
export function envNameFor(key: string): string {
  const name = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(name) ? name : `_${name}`;
}

const VALID_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * A suggestion replacing a literal with an environment reference. `inner` is the span of the
 * secret itself; `literal` the span including quotes and string prefixes (Python replaces that).
 * The answer `{KEY}` stands for the name derived from each finding's own key.
 */
export function envSuggestion(
  style: EnvStyle,
  derivedName: string,
  inner: readonly [number, number],
  literal: readonly [number, number],
): SuggestionSpec {
  return {
    question:
      'Which environment variable should hold this secret? (`{KEY}` uses the name derived from the key)',
    option: 'variable',
    placeholder: derivedName,
    edits: (e: EditBuilder, answer: string): FixOutput => {
      const name = answer.replaceAll('{KEY}', derivedName).trim();
      if (!VALID_NAME.test(name)) return null;
      return style === 'python-environ'
        ? e.replace(literal, `os.environ["${name}"]`)
        : e.replace(inner, `\${${name}}`);
    },
  };
}
