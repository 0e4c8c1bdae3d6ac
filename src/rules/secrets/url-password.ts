import { defineRule } from '../../core/rule.js';
import { envNameFor, envStyleOf, envSuggestion } from './lib/env-reference.js';
import { fileClass } from './lib/file-class.js';
import { firstIndexOf, reportSecret } from './lib/scan.js';
import { hasPlaceholderMarker } from './lib/secret-value.js';

/** Schemes whose URLs carry credentials worth reporting (JDBC URLs end in one of these too). */
const SCHEMES = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mysqlx',
  'mssql',
  'sqlserver',
  'oracle',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mqtt',
  'mqtts',
  'nats',
  'kafka',
  'clickhouse',
  'cockroachdb',
  'couchdb',
  'elasticsearch',
  'neo4j',
  'neo4j+s',
  'bolt',
  'ldap',
  'ldaps',
  'smtp',
  'smtps',
  'imap',
  'imaps',
  'ftp',
  'ftps',
  'sftp',
  'ssh',
  'http',
  'https',
  'git+https',
  'svn+ssh',
]);

/** Right after `://`: optional user, `:`, password, `@`, host (or a `${HOST}` reference). */
const USERINFO =
  /(?<user>[^\s:@/'"`<>\\]{0,100}):(?<pw>[^\s@/'"`<>\\]{1,200})@(?<host>\[[0-9a-fA-F:]{2,45}\]|\$\{[^}\s]{1,100}\}|[A-Za-z0-9._%-]{1,253})/y;

const PLACEHOLDER_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'changeme',
  'user',
  'username',
  'token',
  'apikey',
  'api_key',
  'null',
  'none',
  'undefined',
]);

function isPlaceholderPassword(pw: string): boolean {
  const lower = pw.toLowerCase();
  if (pw.length < 3 || PLACEHOLDER_PASSWORDS.has(lower)) return true;
  if (/^[x*.#_-]+$|^\$|\$\{|\{\{|%s|%\(|^%[A-Z_]+%$|^:|^\[|^\{/i.test(pw)) return true;
  return hasPlaceholderMarker(pw);
}

const LOCAL_HOSTS = /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)$/i;
const EXAMPLE_HOSTS =
  /(?:^|\.)(?:example\.(?:com|org|net)|host|hostname|server|your[\w-]*|[\w-]*placeholder[\w-]*)$/i;

export default defineRule({
  id: 'secrets/url-password',
  kind: 'text',
  severity: 'high',
  title: 'Password in a connection URL',
  why: 'A URL like `postgres://app:s3cret@db.internal/app` carries the password in clear text. Such URLs end up in logs, error pages, process listings and every copy of the repository, giving anyone who sees them a working login to the database, broker or server.',
  fix: 'Change the password on the server, remove it from the URL and supply it separately (an environment variable such as `${DB_PASSWORD}`, a secret store, or the driver’s password option).',
  verify: 'Log in with the old password and check it is refused, then re-run the scan.',
  references: ['CWE-798', 'CWE-256', 'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1'],
  fixable: 'suggestion',
  options: {
    variable: {
      description:
        'Environment variable to reference instead of the password; `{KEY}` derives one per URL scheme.',
    },
  },
  check(doc, ctx) {
    if (fileClass(doc.path) === 'lock') return;
    const text = doc.text;
    const style = envStyleOf(doc);
    let at = firstIndexOf(doc, '://');
    while (at >= 0) {
      const next = text.indexOf('://', at + 3);
      let s = at;
      while (s > 0 && at - s < 30 && /[A-Za-z0-9+.-]/.test(text[s - 1] ?? '')) s--;
      const scheme = text.slice(s, at).toLowerCase();
      if (SCHEMES.has(scheme)) {
        USERINFO.lastIndex = at + 3;
        const m = USERINFO.exec(text);
        const pw = m?.groups?.['pw'];
        const host = m?.groups?.['host'] ?? '';
        const user = m?.groups?.['user'] ?? '';
        if (m && pw && !isPlaceholderPassword(pw) && !EXAMPLE_HOSTS.test(host)) {
          const start = at + 3 + user.length + 1;
          const local = LOCAL_HOSTS.test(host) || pw === user;
          const derived = envNameFor(`${scheme.replace(/\W.*$/, '')}_password`);
          reportSecret(doc, ctx, {
            detector: 'url-password',
            label: `password in ${scheme}:// URL`,
            value: pw,
            start,
            end: start + pw.length,
            ...(local ? { severity: 'low' as const, note: 'local or default credentials' } : {}),
            ...(style === 'dollar-brace'
              ? {
                  suggest: envSuggestion(
                    style,
                    derived,
                    [start, start + pw.length],
                    [start, start + pw.length],
                  ),
                }
              : {}),
          });
        }
      }
      at = next;
    }
  },
});
