import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Store } from './connect.js';
import { newId } from './ids.js';

export type TokenScope =
  | { readonly kind: 'admin' }
  | { readonly kind: 'team'; readonly teamId: string; readonly access: 'read' | 'write' };

export interface TokenRecord {
  readonly id: string;
  readonly label: string;
  readonly scope: TokenScope;
}

/** Tokens are random and shown once; only their SHA-256 is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function generateToken(): string {
  return `plb_${randomBytes(24).toString('base64url')}`;
}

export async function createToken(
  store: Store,
  label: string,
  scope: TokenScope,
  token = generateToken(),
): Promise<{ token: string; record: TokenRecord }> {
  const id = newId('tok');
  await store.db
    .insertInto('tokens')
    .values({
      id,
      token_hash: hashToken(token),
      label,
      scope: scope.kind,
      team_id: scope.kind === 'team' ? scope.teamId : null,
      access: scope.kind === 'team' ? scope.access : 'write',
      created_at: new Date().toISOString(),
      last_used: null,
    })
    .execute();
  return { token, record: { id, label, scope } };
}

export async function findToken(store: Store, token: string): Promise<TokenRecord | undefined> {
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token)) return undefined;
  const hash = hashToken(token);
  const row = await store.db
    .selectFrom('tokens')
    .selectAll()
    .where('token_hash', '=', hash)
    .executeTakeFirst();
  // The lookup is by hash; compare again in constant time to keep timing flat.
  if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return undefined;
  return {
    id: row.id,
    label: row.label,
    scope:
      row.scope === 'admin'
        ? { kind: 'admin' }
        : { kind: 'team', teamId: row.team_id ?? '', access: row.access === 'write' ? 'write' : 'read' },
  };
}

/**
 * The admin token: `PLUMB_ADMIN_TOKEN` when set (registered if new), otherwise generated on the
 * first start and returned once so the caller can print it. Undefined when one already exists.
 */
export async function ensureAdminToken(
  store: Store,
  fromEnv: string | undefined,
): Promise<string | undefined> {
  if (fromEnv) {
    if (!(await findToken(store, fromEnv)))
      await createToken(store, 'admin (PLUMB_ADMIN_TOKEN)', { kind: 'admin' }, fromEnv);
    return undefined;
  }
  const any = await store.db
    .selectFrom('tokens')
    .select('id')
    .where('scope', '=', 'admin')
    .executeTakeFirst();
  if (any) return undefined;
  return (await createToken(store, 'admin (generated on first start)', { kind: 'admin' })).token;
}
