import type { LiveCredentials, LiveTarget } from '../../sources/live/types.js';

interface LiveActionBase<T extends string, P> {
  readonly type: T;
  /** Endpoint URL (the document path), e.g. `redis://127.0.0.1:6379`. */
  readonly endpoint: string;
  readonly target: LiveTarget;
  /** Rules whose findings this action removes; verify re-probes and re-runs exactly these. */
  readonly ruleIds: readonly string[];
  readonly params: P;
}

export type RedisHardenAction = LiveActionBase<
  'redis.harden',
  { readonly requirePassword: boolean; readonly protectedMode: boolean }
>;

export type PostgresRequirePasswordAction = LiveActionBase<
  'postgres.require-password',
  { readonly role: string; readonly hbaFile?: string }
>;

export interface MySqlAccountName {
  readonly user: string;
  readonly host: string;
}

export type MySqlHardenAction = LiveActionBase<
  'mysql.harden',
  {
    /** Accounts that get the generated password. */
    readonly setPasswordFor: readonly MySqlAccountName[];
    /** Accounts to drop (anonymous, remote root). */
    readonly dropAccounts: readonly MySqlAccountName[];
    readonly localInfileOff: boolean;
  }
>;

/** A live fix as data: produced by planners from documents, executed by a handler. */
export type LiveAction = RedisHardenAction | PostgresRequirePasswordAction | MySqlHardenAction;
export type LiveActionType = LiveAction['type'];

export interface LiveContext {
  /** Where generated secrets and rollback state go (`<dataDir>/secrets/`, mode 0600). Default `.plumb`. */
  readonly dataDir: string;
  readonly timeoutMs: number;
  /** Admin credentials, when the service's default access is not what lets the fix in. */
  readonly credentials?: LiveCredentials;
}

/** What apply did: printable steps plus where the secret and the rollback state were written. */
export interface AppliedLiveAction {
  readonly action: LiveAction;
  readonly steps: readonly string[];
  /** File holding the generated secret (never printed). */
  readonly secretFile?: string;
  /** 0600 JSON file with the prior settings needed by rollback. */
  readonly stateFile: string;
  /** Steps that could not be made permanent (runtime only), for the report. */
  readonly warnings: readonly string[];
}

export interface LiveVerifyResult {
  readonly ok: boolean;
  /** Rule ids of the action that still fire after the change. */
  readonly remaining: readonly string[];
  readonly message: string;
}

export interface LiveHandler<A extends LiveAction = LiveAction> {
  readonly type: A['type'];
  /** Printable plan; may read (never change) the target to say what apply would do. */
  plan(action: A, ctx: LiveContext): Promise<string[]>;
  apply(action: A, ctx: LiveContext): Promise<AppliedLiveAction>;
  /** Re-probes the endpoint and re-runs the action's rules: ok when none fires and the new secret works. */
  verify(applied: AppliedLiveAction, ctx: LiveContext): Promise<LiveVerifyResult>;
  /** Restores the prior settings recorded by apply. Returns the steps taken. */
  rollback(applied: AppliedLiveAction, ctx: LiveContext): Promise<string[]>;
}
