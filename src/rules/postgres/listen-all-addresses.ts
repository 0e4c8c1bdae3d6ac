import { defineRule } from '../../core/rule.js';
import { at, listenFacts } from './lib/pg-facts.js';

export default defineRule({
  id: 'postgres/listen-all-addresses',
  kind: 'postgresql-conf',
  severity: 'low',
  title: 'PostgreSQL listens on every network interface',
  why: "listen_addresses = '*' (or 0.0.0.0 / ::) opens the database port on every interface, including public ones. pg_hba.conf still decides who gets in, but any mistake there, a weak password or a pre-authentication bug is then reachable from everywhere instead of from the application network only.",
  fix: "List only the interfaces clients use, e.g. `listen_addresses = 'localhost,10.0.0.5'`. In containers, where '*' is needed, restrict access with network policies or security groups instead.",
  verify: 'Restart PostgreSQL and run `ss -ltnp | grep 5432`: only the intended addresses are listed.',
  references: [
    'CWE-1327',
    'https://www.postgresql.org/docs/current/runtime-config-connection.html#GUC-LISTEN-ADDRESSES',
  ],
  fixable: 'suggestion',
  options: {
    addresses: { description: 'Comma-separated addresses to listen on instead, e.g. `localhost,10.0.0.5`.' },
  },
  check(doc, ctx) {
    const listen = listenFacts(doc);
    const s = listen.setting;
    if (!s?.reportable || !listen.wildcard) return;
    ctx.report({
      ...at(s, s.range),
      message: `listen_addresses = ${s.raw} listens on every interface`,
      path: 'listen_addresses',
      suggest: {
        question: 'Which addresses should PostgreSQL listen on (comma-separated)?',
        option: 'addresses',
        placeholder: 'localhost',
        edits: (e, value) => {
          const v = value.trim();
          if (v === '' || /['\r\n#]/.test(v) || /(^|,)\s*(\*|0\.0\.0\.0|::)\s*(,|$)/.test(v)) return null;
          return e.replace(s.valueRange, `'${v}'`);
        },
      },
    });
  },
});
