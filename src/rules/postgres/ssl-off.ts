import { defineRule, type SuggestionSpec } from '../../core/rule.js';
import { at, lastSetting, listenFacts, pgBool } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/ssl-off',
  kind: 'postgresql-conf',
  severity: 'medium',
  title: 'PostgreSQL listens on the network without TLS',
  why: 'With ssl off (the built-in default) every connection from another machine is unencrypted: queries, query results and, with password or md5 authentication, credentials can be read or altered by anyone on the network path. pg_hba.conf cannot require TLS (hostssl) until the server offers it.',
  fix: 'Install a certificate and key (server.crt and server.key in the data directory, or ssl_cert_file/ssl_key_file) and set `ssl = on`; then require it with hostssl lines in pg_hba.conf.',
  verify:
    'Restart or reload, then run `SHOW ssl;` (expects on) and connect with `psql "host=<server> sslmode=verify-full"`; `SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid();` shows t.',
  references: ['CWE-319', 'https://www.postgresql.org/docs/current/ssl-tcp.html'],
  fixable: 'suggestion',
  options: {
    enable: {
      description:
        'Answer `on` once a server certificate and key are installed (server.crt/server.key or ssl_cert_file/ssl_key_file); PostgreSQL will not start with ssl = on without them.',
    },
  },
  check(doc, ctx) {
    const listen = listenFacts(doc);
    if (listen.beyondLocalhost !== true) return;
    const ssl = lastSetting(doc, 'ssl');
    if (ssl && pgBool(ssl.value) !== false) return;
    if (ssl && !ssl.reportable) return;
    if (!ssl && !doc.complete) return;
    const listenAt = listen.setting;
    const suggest: SuggestionSpec = {
      question: 'Is a server certificate and key in place? Answer `on` to enable TLS.',
      option: 'enable',
      placeholder: 'on',
      edits: (e, value) => {
        if (value.trim().toLowerCase() !== 'on') return null;
        if (ssl) return e.replace(ssl.valueRange, ssl.quoted ? "'on'" : 'on');
        return listenAt?.own ? e.insertLinesAfter(listenAt.range, ['ssl = on']) : e.appendLines(['ssl = on']);
      },
    };
    if (ssl) {
      ctx.report({
        ...at(ssl, ssl.range),
        message: `ssl is off while listen_addresses = '${listen.addresses.join(',')}' accepts network clients`,
        path: 'ssl',
        suggest,
      });
      return;
    }
    if (!listenAt) return;
    ctx.report({
      ...at(listenAt, listenAt.range),
      message: `listen_addresses = '${listen.addresses.join(',')}' accepts network clients but ssl is not enabled (default off)`,
      path: 'ssl',
      suggest,
    });
  },
});
