import { defineRule } from '../../core/rule.js';
import type { ComposeEnvVar, ComposeService } from '../../sources/parsers/compose/compose-document.js';
import { servicePath } from './lib/edits.js';

const FALSY = /^(?:no|false|0|off)$/i;

interface Hit {
  readonly v: ComposeEnvVar;
  readonly what: string;
}

function envOf(svc: ComposeService): Map<string, ComposeEnvVar> {
  return new Map(svc.environment.map((v) => [v.name.toUpperCase(), v]));
}

/** A password variable is empty only when it is set to '' (unset or host-provided is unknown). */
function isEmpty(env: Map<string, ComposeEnvVar>, name: string): boolean {
  const v = env.get(name);
  return v !== undefined && v.value !== null && v.value.trim() === '';
}

function hasPassword(env: Map<string, ComposeEnvVar>, names: string[]): boolean {
  return names.some((n) => {
    const v = env.get(n);
    return v !== undefined && (v.value === null || v.value.trim() !== '');
  });
}

function findings(svc: ComposeService): Hit[] {
  const env = envOf(svc);
  const out: Hit[] = [];
  const trust = env.get('POSTGRES_HOST_AUTH_METHOD');
  if (trust?.value?.trim().toLowerCase() === 'trust') {
    out.push({ v: trust, what: 'PostgreSQL accepts every connection without a password' });
  }
  for (const [name, store, rootVars] of [
    [
      'MYSQL_ALLOW_EMPTY_PASSWORD',
      'MySQL',
      ['MYSQL_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD_FILE', 'MYSQL_RANDOM_ROOT_PASSWORD'],
    ],
    [
      'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD',
      'MariaDB',
      [
        'MARIADB_ROOT_PASSWORD',
        'MARIADB_ROOT_PASSWORD_FILE',
        'MARIADB_RANDOM_ROOT_PASSWORD',
        'MYSQL_ROOT_PASSWORD',
      ],
    ],
  ] as const) {
    const v = env.get(name);
    // The official images treat any non-empty value as "yes".
    if (!v?.value || v.value.trim() === '' || FALSY.test(v.value.trim())) continue;
    if (hasPassword(env, [...rootVars])) continue;
    out.push({ v, what: `${store} root account has an empty password` });
  }
  for (const name of [
    'MYSQL_ROOT_PASSWORD',
    'MARIADB_ROOT_PASSWORD',
    'POSTGRES_PASSWORD',
    'MONGO_INITDB_ROOT_PASSWORD',
  ]) {
    if (!isEmpty(env, name)) continue;
    const v = env.get(name);
    if (v) out.push({ v, what: `${name} is set to an empty string` });
  }
  const allowEmpty = env.get('ALLOW_EMPTY_PASSWORD');
  if (allowEmpty?.value && /^(?:yes|true|1)$/i.test(allowEmpty.value.trim())) {
    out.push({
      v: allowEmpty,
      what: 'the service is allowed to start without a password (ALLOW_EMPTY_PASSWORD)',
    });
  }
  for (const name of [
    'XPACK.SECURITY.ENABLED',
    'XPACK_SECURITY_ENABLED',
    'PLUGINS.SECURITY.DISABLED',
    'DISABLE_SECURITY_PLUGIN',
  ]) {
    const v = env.get(name);
    const off = name.includes('DISABLE') ? /^true$/i : /^false$/i;
    if (v?.value && off.test(v.value.trim())) {
      out.push({ v, what: 'Elasticsearch/OpenSearch security (authentication) is switched off' });
    }
  }
  return out;
}

export default defineRule({
  id: 'compose/database-auth-disabled',
  kind: 'compose',
  severity: 'critical',
  title: 'Database configured to accept connections without a password',
  why: 'Settings such as `POSTGRES_HOST_AUTH_METHOD=trust`, `MYSQL_ALLOW_EMPTY_PASSWORD=yes` or `xpack.security.enabled=false` turn off authentication. Anything that can reach the port — another container, a compromised neighbour, or the internet when the port is published — can read, change or delete all data.',
  fix: 'Remove the setting and give the database a password from the environment or a secret file, e.g. `POSTGRES_PASSWORD_FILE: /run/secrets/db_password` or `MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?}`. For Elasticsearch keep `xpack.security.enabled=true` and set `ELASTIC_PASSWORD`.',
  verify:
    'Connect without a password (`psql -h <host> -U postgres`, `mysql -h <host> -uroot`, `curl http://<host>:9200/`) and check it is refused. Note: the official images apply these variables only when the data directory is first created.',
  references: [
    'CWE-306',
    'CWE-521',
    'https://hub.docker.com/_/postgres',
    'https://hub.docker.com/_/mysql',
    'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-settings.html',
  ],
  check(doc, ctx) {
    for (const svc of doc.services) {
      for (const hit of findings(svc)) {
        ctx.report({
          at: hit.v.range,
          message: `service "${svc.name}": ${hit.what}`,
          path: servicePath(svc.name, 'environment', hit.v.name),
          evidence: `${hit.v.name}=${hit.v.value ?? ''}`,
        });
      }
    }
  },
});
