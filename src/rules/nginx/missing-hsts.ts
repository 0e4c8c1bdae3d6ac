import { defineRule } from '../../core/rule.js';
import {
  blockPath,
  childrenNamed,
  effectiveHeaders,
  fileOf,
  headerValue,
  httpServers,
  insertIntoBlock,
  isServerHeaderAnchor,
  isTlsServer,
  locationsOf,
} from './lib/nginx-context.js';

const HSTS = 'Strict-Transport-Security';
const LINE = `add_header ${HSTS} "max-age=31536000" always;`;
/** Six months: the shortest max-age CIS and most preload guidance accept. */
const MIN_MAX_AGE = 15768000;

export default defineRule({
  id: 'nginx/missing-hsts',
  kind: 'nginx',
  severity: 'medium',
  title: 'HTTPS server without Strict-Transport-Security',
  why: 'Without an HSTS header, a browser that follows an http:// link or bookmark first talks plain HTTP, where anyone on the same Wi-Fi or network path can intercept or redirect it (SSL stripping). HSTS tells browsers to only ever use HTTPS for the site. In nginx, a location or server with its own add_header silently drops the headers it would otherwise inherit.',
  fix: 'Add `add_header Strict-Transport-Security "max-age=31536000" always;` to the TLS server (and to every location that has its own add_header lines).',
  verify:
    'Run `curl -sI https://<host>/ | grep -i strict-transport-security` for the site root and for paths served by locations with their own add_header.',
  references: [
    'CIS NGINX Benchmark 4.1.8',
    'CWE-319',
    'OWASP Secure Headers Project',
    'https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const { server, http } of httpServers(doc)) {
      if (!isTlsServer(server)) continue;
      const chain = http ? [http] : [];
      const eff = effectiveHeaders([...chain, server]);
      const value = headerValue(eff.headers, HSTS);
      const serverPath = blockPath(server);
      if (value === undefined) {
        const target = eff.level ?? server;
        ctx.report({
          at: server.nameRange,
          ...fileOf(doc, server),
          message:
            eff.level === server
              ? 'TLS server sets add_header but not Strict-Transport-Security'
              : 'TLS server does not send a Strict-Transport-Security header',
          path: `${serverPath}/hsts`,
          fix: () =>
            insertIntoBlock(
              doc,
              target,
              LINE,
              target === server ? isServerHeaderAnchor : (d) => d.name === 'add_header',
            ),
        });
        continue;
      }
      const maxAge = /max-age\s*=\s*"?(\d+)/i.exec(value);
      if (maxAge && Number(maxAge[1]) < MIN_MAX_AGE) {
        ctx.report({
          at: server.nameRange,
          ...fileOf(doc, server),
          severity: 'low',
          message: `Strict-Transport-Security max-age=${maxAge[1]} is shorter than six months`,
          path: `${serverPath}/hsts-max-age`,
        });
      }
      for (const { location, parents } of locationsOf(server)) {
        const own = childrenNamed(location, 'add_header');
        const first = own[0];
        if (!first) continue;
        const inLocation = effectiveHeaders([...chain, server, ...parents, location]);
        if (inLocation.level !== location || headerValue(inLocation.headers, HSTS) !== undefined) continue;
        ctx.report({
          at: first.range,
          ...fileOf(doc, first),
          message: `location ${location.args.map((a) => a.raw).join(' ')} has its own add_header, which drops the inherited Strict-Transport-Security header`,
          path: `${blockPath(location, [server, ...parents])}/hsts`,
          fix: () => insertIntoBlock(doc, location, LINE, (d) => d.name === 'add_header'),
        });
      }
    }
  },
});
