import { describe, expect, it } from 'vitest';
import type { DocumentKinds } from '../core/document.js';
import type { AnyRule } from '../core/rule.js';
import { runRules } from '../engine/run-rules.js';
import { planLiveFix } from '../remediation/live/planners.js';
import type { LiveAction } from '../remediation/live/types.js';
import { LIVE_SERVICES, type LiveServiceName } from '../sources/live/services.js';
import type { LiveDocumentBase } from '../sources/live/types.js';

type LiveKind = {
  [K in keyof DocumentKinds]: DocumentKinds[K] extends LiveDocumentBase ? K : never;
}[keyof DocumentKinds];

const SCHEMES: Record<LiveServiceName, string> = {
  redis: 'redis',
  postgres: 'postgres',
  mysql: 'mysql',
  mqtt: 'mqtt',
  amqp: 'amqp',
  nats: 'nats',
  memcached: 'memcached',
  mongodb: 'mongodb',
  elasticsearch: 'http',
};

/**
 * A live document fixture: base fields for a reachable server on 127.0.0.1 at the service's usual
 * port, with `facts` on top. Live documents are never parsed from text, so tests build them.
 */
export function liveDoc<K extends LiveKind>(
  kind: K,
  facts: Omit<Partial<DocumentKinds[K]>, 'kind'> = {} as Omit<Partial<DocumentKinds[K]>, 'kind'>,
): DocumentKinds[K] {
  const [name, service] = Object.entries(LIVE_SERVICES).find(([, s]) => s.kind === kind) ?? [];
  if (!name || !service) throw new Error(`no live service produces ${kind}`);
  const port = (facts as { port?: number }).port ?? service.defaultPort;
  const base: LiveDocumentBase = {
    kind,
    path: `${SCHEMES[name as LiveServiceName]}://127.0.0.1:${port}`,
    text: '',
    host: '127.0.0.1',
    port,
    reachable: true,
    defaultCredentialsChecked: true,
    diagnostics: [],
  };
  return {
    ...base,
    ...(kind === 'mysql-live' ? { logins: [] } : {}),
    ...facts,
  } as unknown as DocumentKinds[K];
}

export interface LiveValidCase {
  readonly name?: string;
  readonly doc: LiveDocumentBase;
  readonly options?: Record<string, unknown>;
}

export interface LiveExpectedFinding {
  readonly message?: string | RegExp;
  readonly severity?: string;
  /** Logical path (fingerprint input). */
  readonly path?: string;
}

export interface LiveInvalidCase extends LiveValidCase {
  readonly errors: number | readonly LiveExpectedFinding[];
  /** Golden: the live actions `plumb fix` would plan for these findings (omit for rules without one). */
  readonly actions?: readonly LiveAction[];
}

function check(rule: AnyRule, c: LiveValidCase) {
  const options = {
    ...Object.fromEntries(
      Object.entries(rule.options ?? {})
        .filter(([, o]) => o.default !== undefined)
        .map(([k, o]) => [k, o.default]),
    ),
    ...(c.options ?? {}),
  };
  const result = runRules(c.doc, [rule], () => options);
  for (const d of result.diagnostics) throw new Error(`${rule.id}: ${d.message}`);
  return result.findings;
}

/**
 * The rule tester for live rules: each case is a probe document instead of a file. Besides the
 * findings it checks that every finding names the endpoint, and (when `actions` is given) the golden
 * live-fix plan for the finding.
 */
export function liveRuleTester(
  rule: AnyRule,
  cases: { valid: readonly LiveValidCase[]; invalid: readonly LiveInvalidCase[] },
): void {
  describe(rule.id, () => {
    it('has at least one passing and one failing sample', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    cases.valid.forEach((c, i) => {
      it(`passes: ${c.name ?? `valid #${i + 1}`}`, () => {
        expect(check(rule, c).map((f) => f.message)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`fails: ${c.name ?? `invalid #${i + 1}`}`, () => {
        const findings = check(rule, c);
        if (typeof c.errors === 'number') expect(findings).toHaveLength(c.errors);
        else {
          expect(findings).toHaveLength(c.errors.length);
          c.errors.forEach((e, j) => {
            const f = findings[j]!;
            if (typeof e.message === 'string') expect(f.message).toBe(e.message);
            else if (e.message) expect(f.message).toMatch(e.message);
            if (e.severity) expect(f.severity).toBe(e.severity);
            if (e.path) expect(f.logicalPath).toBe(e.path);
          });
        }
        for (const f of findings) {
          expect(f.file).toBe(c.doc.path);
          expect(f.logicalPath.startsWith(c.doc.path)).toBe(true);
        }
        if (c.actions !== undefined) expect([planLiveFix(rule.id, c.doc)].filter(Boolean)).toEqual(c.actions);
      });
    });
  });
}
