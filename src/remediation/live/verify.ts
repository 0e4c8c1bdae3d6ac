import { runRules } from '../../engine/run-rules.js';
import { rules } from '../../rules/live/index.js';
import { probeEndpoint } from '../../sources/live/index.js';
import type { LiveCredentials } from '../../sources/live/types.js';
import type { LiveAction, LiveContext, LiveVerifyResult } from './types.js';

/**
 * Re-probes the endpoint (default credentials on, so the original problem is retried) and re-runs the
 * action's rules. `loginWorks` is the handler's own check that the new secret lets the owner in.
 */
export async function reprobe(
  action: LiveAction,
  service: string,
  ctx: LiveContext,
  credentials: LiveCredentials | undefined,
  loginWorks: () => Promise<boolean>,
): Promise<LiveVerifyResult> {
  const { documents, diagnostics } = await probeEndpoint(
    { ...action.target, service },
    { timeoutMs: ctx.timeoutMs, defaultCredentials: true, ...(credentials ? { credentials } : {}) },
  );
  const doc = documents[0];
  if (!doc) {
    return {
      ok: false,
      remaining: [...action.ruleIds],
      message: `re-probe failed: ${diagnostics.map((d) => d.message).join('; ') || 'no answer'}`,
    };
  }
  const selected = rules.filter((r) => action.ruleIds.includes(r.id));
  const remaining = [...new Set(runRules(doc, selected).findings.map((f) => f.ruleId))];
  const login = await loginWorks().catch(() => false);
  if (remaining.length > 0)
    return { ok: false, remaining, message: `still failing: ${remaining.join(', ')}` };
  if (!login)
    return {
      ok: false,
      remaining,
      message: 'the findings are gone but logging in with the new secret failed',
    };
  return {
    ok: true,
    remaining,
    message: `${action.ruleIds.join(', ')} no longer fire on ${action.endpoint}`,
  };
}

/** True for targets on this machine, where a server's files may be ours to edit. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\./.test(host);
}
