import { defineRule } from '../../core/rule.js';
import { blockPath, fileOf, walk } from './lib/nginx-context.js';

/** Mozilla's "intermediate" TLS 1.2 cipher list (TLS 1.3 suites are not set by ssl_ciphers). */
export const RECOMMENDED_CIPHERS =
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384';

interface Weakness {
  readonly label: string;
  /** Matches a positive cipher-string element that selects weak suites. */
  readonly selects: RegExp;
  /** Exclusions (`!X` / `-X`) that take these suites out again. */
  readonly excludedBy: readonly string[];
}

const WEAKNESSES: readonly Weakness[] = [
  { label: 'RC4', selects: /RC4/i, excludedBy: ['RC4'] },
  {
    label: 'DES/3DES',
    selects: /^(?:3DES|DES)$|(?:^|-)(?:DES-CBC3?|3DES|DES)(?:-|$)/i,
    excludedBy: ['DES', '3DES'],
  },
  { label: 'MD5', selects: /MD5/i, excludedBy: ['MD5'] },
  { label: 'NULL encryption', selects: /^(?:eNULL|NULL)$|(?:^|-)NULL-/i, excludedBy: ['ENULL', 'NULL'] },
  { label: 'EXPORT', selects: /^EXP(?:ORT)?(?:40|56)?$|^EXP-/i, excludedBy: ['EXP', 'EXPORT'] },
  {
    label: 'anonymous (aNULL)',
    selects: /^(?:aNULL|ADH|AECDH|ALL|HIGH|COMPLEMENTOFALL)$|^(?:ADH|AECDH)-/i,
    excludedBy: ['ANULL', 'ADH', 'NULL'],
  },
  { label: 'LOW/MEDIUM strength', selects: /^(?:LOW|MEDIUM)$/i, excludedBy: ['LOW', 'MEDIUM'] },
];

/** Which weak families an OpenSSL cipher string enables (permanent `!` and `-` exclusions honoured). */
export function weakCipherFamilies(cipherString: string): string[] {
  const items = cipherString.split(/[:,\s]+/).filter((t) => t.length > 0);
  const excluded = new Set(
    items
      .filter((t) => t.startsWith('!') || t.startsWith('-'))
      .flatMap((t) => t.slice(1).toUpperCase().split('+')),
  );
  const positive = items.filter((t) => !/^[!\-+@]/.test(t));
  const out: string[] = [];
  for (const w of WEAKNESSES) {
    if (w.excludedBy.some((x) => excluded.has(x))) continue;
    if (positive.some((t) => t.split('+').some((part) => w.selects.test(part)))) out.push(w.label);
  }
  return out;
}

export default defineRule({
  id: 'nginx/weak-ssl-ciphers',
  kind: 'nginx',
  severity: 'high',
  title: 'Weak TLS cipher suites allowed',
  why: 'ssl_ciphers decides how traffic is encrypted. RC4, DES/3DES, MD5, NULL, EXPORT and anonymous suites can be broken or give no authentication at all, so an attacker on the network can read or tamper with traffic if a client is pushed onto one of them.',
  fix: 'Replace the list with a vetted modern one, e.g. Mozilla intermediate: `ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:...;`.',
  verify:
    'Run `nmap --script ssl-enum-ciphers -p 443 <host>` (or testssl.sh) and check no RC4, 3DES, NULL, EXPORT or anonymous suite is offered.',
  references: [
    'CIS NGINX Benchmark 4.1.5',
    'CWE-327',
    'https://ssl-config.mozilla.org/',
    'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#ssl_ciphers',
  ],
  fixable: 'suggestion',
  options: { ciphers: { description: 'OpenSSL cipher string to use instead (e.g. Mozilla intermediate).' } },
  check(doc, ctx) {
    walk(doc.directives, (d, ancestors) => {
      if (d.name !== 'ssl_ciphers') return;
      const arg = d.args[0];
      if (!arg || arg.variable) return;
      const weak = weakCipherFamilies(arg.value);
      if (weak.length === 0) return;
      ctx.report({
        at: d.range,
        ...fileOf(doc, d),
        message: `ssl_ciphers allows weak suites: ${weak.join(', ')}`,
        path: blockPath(d, ancestors),
        evidence: `ssl_ciphers ${arg.raw}`,
        suggest: {
          question: 'Which cipher list should nginx offer? (Mozilla intermediate is a safe default.)',
          option: 'ciphers',
          placeholder: RECOMMENDED_CIPHERS,
          edits: (e, value) => {
            const quote = arg.quoted ? (arg.raw[0] as string) : /[\s;{}#"']/.test(value) ? '"' : '';
            if (value.includes(quote) && quote !== '') return null;
            return e.replace(arg.range, `${quote}${value}${quote}`);
          },
        },
      });
    });
  },
});
