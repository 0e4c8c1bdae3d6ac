import { defineRule } from '../../core/rule.js';
import type { DockerKeyValue } from '../../sources/parsers/dockerfile/dockerfile-document.js';
import { stageLabel, stageOf } from './lib/stages.js';

/** Name segments that mark a secret (matched on `_`/`-`/`.` separated upper-case segments). */
const SECRET_NAME =
  /(?:^|_)(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|SECRET_?KEY|(?:MASTER|ENCRYPTION|SIGNING|SESSION)_?KEY|CREDENTIALS?|CLIENT_SECRET)(?:_|$)|(?:^|_)(?:PASS|PWD|PW)$/;
/** Segments after which the value describes the secret rather than being it. */
const NOT_A_SECRET =
  /_(?:FILE|PATH|DIR|URL|URI|ENDPOINT|HOST|PORT|NAME|USER|USERNAME|LENGTH|LEN|SIZE|TTL|TIMEOUT|EXPIRY|EXPIRES|EXPIRATION|LIFETIME|HEADER|TYPE|ALGORITHM|ALG|ID|REGION|ENABLED|REQUIRED|MODE|POLICY|VERSION|PROVIDER|FIELD|PARAM|PREFIX|SUFFIX|COOKIE_NAME|ISSUER|AUDIENCE|SCOPE|SCOPES)$/;
const PLACEHOLDER =
  /^(?:|<.*>|\{\{.*\}\}|%.*%|x{3,}|\*{3,}|\.{3}|_+|-+|none|null|nil|undefined|empty|true|false|yes|no|on|off|\d|changeme|change_?me|change-me|replace_?me|replace-me|set_?me|placeholder|dummy|example|sample|redacted|todo|tbd|your[-_].*|my[-_]?(?:secret|token|password)|secret|password|token)$/i;

export default defineRule({
  id: 'docker/secret-in-env',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Secret value written into ENV or ARG',
  why: 'Values in ENV and ARG are stored in the image metadata and build history: anyone who can pull the image (or read the repository) can read them with `docker history` or `docker inspect`, long after you rotate code. A password, token or key placed there is effectively published.',
  fix: 'Remove the literal value. Pass build-time secrets with `RUN --mount=type=secret,id=<name>` (BuildKit) and runtime secrets from the orchestrator (Kubernetes Secret, Docker/Compose secrets, a vault) as environment or files at run time. Rotate the exposed secret.',
  verify:
    'Re-scan the Dockerfile; after rebuilding, `docker history --no-trunc <image>` and `docker inspect <image>` no longer show the value.',
  references: [
    'CIS Docker Benchmark 4.10',
    'CWE-798',
    'CWE-538',
    'https://docs.docker.com/build/building/secrets/',
  ],
  check(doc, ctx) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
      for (const p of ins.properties) {
        if (!looksSecret(p)) continue;
        const stage = stageOf(doc, ins);
        ctx.report({
          at: p.range,
          message: `${ins.keyword} ${p.name} holds a literal secret; it is readable in the image history`,
          path: `${stage ? `stage[${stageLabel(stage)}]` : 'global'}/${ins.keyword.toLowerCase()}/${p.name}`,
          evidence: `${p.name}=${mask(p.value ?? '')}`,
        });
      }
    }
  },
});

function looksSecret(p: DockerKeyValue): boolean {
  const name = p.name.toUpperCase().replace(/[-.]/g, '_');
  if (!SECRET_NAME.test(name) || NOT_A_SECRET.test(name)) return false;
  const value = (p.value ?? '').trim();
  if (value.includes('$') || value.startsWith('/') || value.startsWith('./')) return false;
  return !PLACEHOLDER.test(value);
}

function mask(value: string): string {
  return value.length <= 4 ? '****' : `${value.slice(0, 2)}${'*'.repeat(Math.min(8, value.length - 2))}`;
}
