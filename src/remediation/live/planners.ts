import type { BaseDocument } from '../../core/document.js';
import type { MySqlLiveDocument } from '../../sources/live/mysql/mysql-document.js';
import { isRemoteHost } from '../../sources/live/mysql/mysql-document.js';
import type { PostgresLiveDocument } from '../../sources/live/postgres/postgres-document.js';
import type { RedisLiveDocument } from '../../sources/live/redis/redis-document.js';
import type { LiveAction, MySqlAccountName, MySqlHardenAction } from './types.js';

type Planner = (doc: BaseDocument) => LiveAction | null;

function target(doc: BaseDocument & { host: string; port: number }) {
  return { endpoint: doc.path, target: { host: doc.host, port: doc.port } };
}

const redis =
  (ruleId: string, params: { requirePassword: boolean; protectedMode: boolean }): Planner =>
  (d) => {
    const doc = d as RedisLiveDocument;
    return { type: 'redis.harden', ...target(doc), ruleIds: [ruleId], params };
  };

function splitAccount(account: string): MySqlAccountName | undefined {
  const at = account.lastIndexOf('@');
  return at === -1 ? undefined : { user: account.slice(0, at), host: account.slice(at + 1) };
}

function mysql(
  ruleId: string,
  build: (doc: MySqlLiveDocument) => Partial<MySqlHardenAction['params']>,
): Planner {
  return (d) => {
    const doc = d as MySqlLiveDocument;
    const p = build(doc);
    return {
      type: 'mysql.harden',
      ...target(doc),
      ruleIds: [ruleId],
      params: {
        setPasswordFor: p.setPasswordFor ?? [],
        dropAccounts: p.dropAccounts ?? [],
        localInfileOff: p.localInfileOff ?? false,
      },
    };
  };
}

/**
 * Rule id -> planner. A rule without an entry has no automatic live fix (its docs say what to do by
 * hand, e.g. TLS needs a certificate decision).
 */
export const LIVE_FIX_PLANNERS: Readonly<Record<string, Planner>> = {
  'live-redis/no-auth': redis('live-redis/no-auth', { requirePassword: true, protectedMode: false }),
  'live-redis/config-command-exposed': redis('live-redis/config-command-exposed', {
    requirePassword: true,
    protectedMode: false,
  }),
  'live-redis/protected-mode-off': redis('live-redis/protected-mode-off', {
    requirePassword: false,
    protectedMode: true,
  }),
  'live-postgres/trust-login': (d) => {
    const doc = d as PostgresLiveDocument;
    const hbaFile = doc.settings?.['hba_file'];
    return {
      type: 'postgres.require-password',
      ...target(doc),
      ruleIds: ['live-postgres/trust-login'],
      params: { role: doc.defaultLogin?.user ?? 'postgres', ...(hbaFile ? { hbaFile } : {}) },
    };
  },
  'live-mysql/root-empty-password': mysql('live-mysql/root-empty-password', (doc) => {
    const accounts = new Map<string, MySqlAccountName>();
    for (const a of doc.accounts ?? [])
      if (a.user === 'root' && a.emptyPassword) accounts.set(`${a.user}@${a.host}`, a);
    for (const l of doc.logins) {
      const acc =
        l.user === 'root' && l.outcome === 'ok' && l.matchedAccount
          ? splitAccount(l.matchedAccount)
          : undefined;
      if (acc) accounts.set(`${acc.user}@${acc.host}`, acc);
    }
    return { setPasswordFor: [...accounts.values()].map(({ user, host }) => ({ user, host })) };
  }),
  'live-mysql/anonymous-account': mysql('live-mysql/anonymous-account', (doc) => ({
    dropAccounts: (doc.accounts ?? []).filter((a) => a.user === '').map(({ user, host }) => ({ user, host })),
  })),
  'live-mysql/remote-root': mysql('live-mysql/remote-root', (doc) => ({
    dropAccounts: (doc.accounts ?? [])
      .filter((a) => a.user === 'root' && isRemoteHost(a.host, doc.serverHostname))
      .map(({ user, host }) => ({ user, host })),
  })),
  'live-mysql/local-infile': mysql('live-mysql/local-infile', () => ({ localInfileOff: true })),
};

export function hasLiveFix(ruleId: string): boolean {
  return Object.hasOwn(LIVE_FIX_PLANNERS, ruleId);
}

/** The action one finding of `ruleId` on `doc` calls for, or null when it has no live fix. */
export function planLiveFix(ruleId: string, doc: BaseDocument): LiveAction | null {
  const planner = LIVE_FIX_PLANNERS[ruleId];
  return planner ? planner(doc) : null;
}

const key = (a: MySqlAccountName) => `${a.user}\u0000${a.host}`;

function uniqueAccounts(list: readonly MySqlAccountName[]): MySqlAccountName[] {
  return [...new Map(list.map((a) => [key(a), a])).values()];
}

/** Merges actions of the same type on the same endpoint into one (one connection, one rollback). */
export function mergeLiveActions(actions: readonly LiveAction[]): LiveAction[] {
  const out = new Map<string, LiveAction>();
  for (const a of actions) {
    const k = `${a.type} ${a.endpoint}`;
    const prev = out.get(k);
    if (!prev) {
      out.set(k, a);
      continue;
    }
    const ruleIds = [...new Set([...prev.ruleIds, ...a.ruleIds])];
    if (prev.type === 'redis.harden' && a.type === 'redis.harden') {
      out.set(k, {
        ...prev,
        ruleIds,
        params: {
          requirePassword: prev.params.requirePassword || a.params.requirePassword,
          protectedMode: prev.params.protectedMode || a.params.protectedMode,
        },
      });
    } else if (prev.type === 'mysql.harden' && a.type === 'mysql.harden') {
      const dropAccounts = uniqueAccounts([...prev.params.dropAccounts, ...a.params.dropAccounts]);
      const dropped = new Set(dropAccounts.map(key));
      out.set(k, {
        ...prev,
        ruleIds,
        params: {
          setPasswordFor: uniqueAccounts([...prev.params.setPasswordFor, ...a.params.setPasswordFor]).filter(
            (x) => !dropped.has(key(x)),
          ),
          dropAccounts,
          localInfileOff: prev.params.localInfileOff || a.params.localInfileOff,
        },
      });
    } else out.set(k, { ...prev, ruleIds } as LiveAction);
  }
  return [...out.values()];
}

/** Plans the live fixes for a set of findings over their documents (matched by endpoint path). */
export function planLiveFixes(
  findings: readonly { ruleId: string; location: { path: string } }[],
  documents: readonly BaseDocument[],
): LiveAction[] {
  const byPath = new Map(documents.map((d) => [d.path, d]));
  const actions: LiveAction[] = [];
  for (const f of findings) {
    const doc = byPath.get(f.location.path);
    const action = doc ? planLiveFix(f.ruleId, doc) : null;
    if (action) actions.push(action);
  }
  return mergeLiveActions(actions);
}
