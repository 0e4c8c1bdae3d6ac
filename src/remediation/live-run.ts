import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BaseDocument } from '../core/document.js';
import type { Finding } from '../core/finding.js';
import { newRunId } from './journal.js';
import { handlerFor } from './live/handlers.js';
import { planLiveFixes } from './live/planners.js';
import type { AppliedLiveAction, LiveAction, LiveContext, LiveVerifyResult } from './live/types.js';

/** A live fix run as journaled: the applied actions carry what rollback needs (no secrets). */
export interface LiveRun {
  readonly runId: string;
  readonly kind: 'live';
  readonly createdAt: string;
  readonly applied: readonly AppliedLiveAction[];
  readonly verification: readonly LiveVerifyResult[];
  readonly status: 'applied' | 'rolled-back';
  readonly rolledBackAt?: string;
}

export interface LivePlanStep {
  readonly action: LiveAction;
  readonly steps: readonly string[];
}

export async function planLive(
  findings: readonly Finding[],
  documents: readonly BaseDocument[],
  ctx: LiveContext,
): Promise<LivePlanStep[]> {
  const actions = planLiveFixes(findings, documents);
  const out: LivePlanStep[] = [];
  for (const action of actions) out.push({ action, steps: await handlerFor(action).plan(action, ctx) });
  return out;
}

function liveRunFile(dataDir: string, runId: string): string {
  return join(dataDir, 'journal', runId, 'live.json');
}

/** Apply each action, verify it by re-probing, and journal the run for rollback. */
export async function applyLive(plan: readonly LivePlanStep[], ctx: LiveContext): Promise<LiveRun> {
  const runId = newRunId();
  const applied: AppliedLiveAction[] = [];
  const verification: LiveVerifyResult[] = [];
  const save = (status: LiveRun['status']) => {
    const file = liveRunFile(ctx.dataDir, runId);
    mkdirSync(join(file, '..'), { recursive: true });
    const run: LiveRun = {
      runId,
      kind: 'live',
      createdAt: new Date().toISOString(),
      applied,
      verification,
      status,
    };
    writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`, { mode: 0o600 });
    return run;
  };
  for (const step of plan) {
    const handler = handlerFor(step.action);
    const done = await handler.apply(step.action, ctx);
    applied.push(done);
    save('applied'); // journal after every action, so a crash still leaves rollback state
    verification.push(await handler.verify(done, ctx));
  }
  return save('applied');
}

export function readLiveRun(dataDir: string, runId: string): LiveRun | undefined {
  const file = liveRunFile(dataDir, runId);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as LiveRun) : undefined;
}

export async function rollbackLive(dataDir: string, runId: string, ctx: LiveContext): Promise<string[]> {
  const run = readLiveRun(dataDir, runId);
  if (!run) throw new Error(`no live fix run ${runId}`);
  if (run.status === 'rolled-back') throw new Error(`live fix run ${runId} was already rolled back`);
  const steps: string[] = [];
  for (const a of [...run.applied].reverse()) steps.push(...(await handlerFor(a.action).rollback(a, ctx)));
  writeFileSync(
    liveRunFile(dataDir, runId),
    `${JSON.stringify({ ...run, status: 'rolled-back', rolledBackAt: new Date().toISOString() }, null, 2)}\n`,
    { mode: 0o600 },
  );
  return steps;
}
