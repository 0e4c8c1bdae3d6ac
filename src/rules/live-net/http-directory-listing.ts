import { defineRule } from '../../core/rule.js';
import { ENDPOINT } from '../live/lib/endpoint.js';

export default defineRule({
  id: 'http/directory-listing',
  kind: 'http-live',
  severity: 'medium',
  title: 'Web server lists directory contents',
  why: 'An automatic "Index of /" page shows every file in the folder, including backups, old versions and files nobody meant to publish. Attackers use these listings to find configuration files, dumps and source code.',
  fix: 'Turn off automatic indexes (nginx: remove `autoindex on;`, Apache: `Options -Indexes`, Python http.server: serve an index.html or use a real web server) and remove files that should not be public.',
  verify:
    'Open `https://<host>/` (and the folders that listed files): expect a normal page or 403/404, not "Index of /". Re-run `plumb scan`.',
  references: [
    'CWE-548',
    'OWASP ASVS 4.0 V12.5.1',
    'https://httpd.apache.org/docs/2.4/mod/core.html#options',
  ],
  tags: ['live', 'http', 'disclosure'],
  check(doc, ctx) {
    if (doc.directoryListing !== true) return;
    ctx.report({
      at: ENDPOINT,
      path: `${doc.path}/directory-listing`,
      message: `${doc.response?.url ?? doc.path} serves an automatic directory listing`,
    });
  },
});
