import { defineRule } from '../../core/rule.js';
import type { NginxDirective } from '../../sources/parsers/nginx/nginx-document.js';
import {
  blockPath,
  childrenNamed,
  type EffectiveHeaders,
  fileOf,
  headerContexts,
  headerValue,
  httpServers,
  insertIntoBlock,
  isServerHeaderAnchor,
  onlyRedirects,
} from './lib/nginx-context.js';

interface Wanted {
  readonly name: string;
  readonly line: string;
  readonly present: (h: EffectiveHeaders) => boolean;
}

const WANTED: readonly Wanted[] = [
  {
    name: 'X-Content-Type-Options',
    line: 'add_header X-Content-Type-Options "nosniff" always;',
    present: (h) => headerValue(h.headers, 'X-Content-Type-Options') !== undefined,
  },
  {
    name: 'X-Frame-Options',
    line: 'add_header X-Frame-Options "SAMEORIGIN" always;',
    present: (h) =>
      headerValue(h.headers, 'X-Frame-Options') !== undefined ||
      /frame-ancestors/i.test(headerValue(h.headers, 'Content-Security-Policy') ?? ''),
  },
];

const missingIn = (h: EffectiveHeaders) => WANTED.filter((w) => !w.present(h));

export default defineRule({
  id: 'nginx/missing-security-headers',
  kind: 'nginx',
  severity: 'low',
  title: 'Missing X-Content-Type-Options or X-Frame-Options',
  why: 'Without X-Content-Type-Options: nosniff, browsers may guess that an uploaded file is a script and run it. Without X-Frame-Options (or a CSP frame-ancestors rule), other sites can embed your pages in an invisible frame and trick users into clicking buttons (clickjacking).',
  fix: 'Add `add_header X-Content-Type-Options "nosniff" always;` and `add_header X-Frame-Options "SAMEORIGIN" always;` (or a Content-Security-Policy with frame-ancestors) where the other add_header lines are.',
  verify:
    'Run `curl -sI https://<host>/` and check both headers are present, including on paths served by locations with their own add_header lines.',
  references: [
    'CIS NGINX Benchmark 5.3.1',
    'CIS NGINX Benchmark 5.3.2',
    'CWE-1021',
    'OWASP Secure Headers Project',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const { server, http } of httpServers(doc)) {
      if (onlyRedirects(server)) continue;
      for (const c of headerContexts(server, http)) {
        const missing = missingIn(c.headers);
        if (missing.length === 0) continue;
        const isLocation = c.block !== server;
        // A location only drops what the server would have sent; the server's own report covers the rest.
        const dropped =
          isLocation && c.inherited
            ? missing.filter((w) => w.present(c.inherited as EffectiveHeaders))
            : missing;
        if (dropped.length === 0) continue;
        const names = dropped.map((w) => w.name).join(' and ');
        const firstOwn = childrenNamed(c.block, 'add_header')[0];
        const at: NginxDirective = isLocation && firstOwn ? firstOwn : c.block;
        const target = isLocation ? c.block : (c.headers.level ?? server);
        ctx.report({
          at: at === c.block ? c.block.nameRange : at.range,
          ...fileOf(doc, at),
          message: isLocation
            ? `location ${c.block.args.map((a) => a.raw).join(' ')} has its own add_header, which drops ${names}`
            : `server does not send ${names}`,
          path: `${blockPath(c.block, isLocation ? [server] : [])}/security-headers`,
          fix: () =>
            insertIntoBlock(
              doc,
              target,
              dropped.map((w) => w.line),
              target === server ? isServerHeaderAnchor : (d) => d.name === 'add_header',
            ),
        });
      }
    }
  },
});
