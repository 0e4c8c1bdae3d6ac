import { relative, resolve } from 'node:path';
import { diskIO } from '../engine/file-io.js';
import { scan } from '../engine/scan.js';
import { applyPlan } from '../remediation/apply.js';
import { annotatedDiff } from '../remediation/diff.js';
import { type FixPlan, planFixes } from '../remediation/plan.js';
import { DEFAULT_MAX_FILE_SIZE } from '../sources/files/read.js';
import type { Platform } from './platform.js';
import type { TargetGroup } from './platform-config.js';

export class FixUnavailable extends Error {}

function groupOf(platform: Platform, name: string): TargetGroup {
  const g = platform.groups.find((x) => x.name === name);
  if (!g) throw new FixUnavailable(`target group ${name} is not configured any more`);
  return g;
}

/** Plans the fix of one stored finding by re-scanning its target group (fingerprints match). */
export async function planFindingFix(
  platform: Platform,
  targetGroup: string,
  fingerprint: string,
): Promise<{ plan: FixPlan; root: string }> {
  const group = groupOf(platform, targetGroup);
  const result = await scan({
    paths: group.paths,
    cwd: platform.cwd,
    config: platform.scanConfig,
    exclude: group.exclude,
  });
  const target = result.findings.find((f) => f.fingerprint === fingerprint);
  if (!target) throw new FixUnavailable('the finding is no longer present; scan again');
  if (!target.fix) throw new FixUnavailable('this finding has no automatic fix');
  if (!target.fix.automatic)
    throw new FixUnavailable(`this fix needs a decision first: ${target.fix.question ?? ''}`);
  const plan = planFixes(
    result,
    { fingerprints: [fingerprint] },
    {
      rules: result.rules,
      selection: result.selection,
      config: platform.scanConfig,
      cwd: platform.cwd,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      io: diskIO(DEFAULT_MAX_FILE_SIZE),
    },
  );
  const root =
    group.paths.find((p) => !relative(p, resolve(platform.cwd, target.location.path)).startsWith('..')) ??
    group.paths[0]!;
  return { plan, root };
}

export function previewOf(plan: FixPlan) {
  return {
    diff: annotatedDiff(plan),
    files: plan.files.map((f) => f.path),
    fixes: plan.fixed.map((f) => ({ ruleId: f.ruleId, line: f.line, message: f.message })),
    failed: plan.failed.map((f) => ({ ruleId: f.ruleId, line: f.line, reason: f.reason })),
  };
}

/** Applies, journals, records the remediation run, then re-scans the group to verify. */
export async function applyFindingFix(
  platform: Platform,
  targetGroup: string,
  fingerprint: string,
  approvedBy: string,
) {
  const { plan, root } = await planFindingFix(platform, targetGroup, fingerprint);
  if (plan.files.length === 0)
    throw new FixUnavailable(
      plan.failed[0] ? `could not fix: ${plan.failed[0].reason}` : 'nothing to change',
    );
  const applied = applyPlan(plan, { dataDir: platform.dataDir, root });
  if (!applied.run) throw new FixUnavailable(applied.skipped[0]?.reason ?? 'nothing was written');
  const rescan = await platform.scans.scanGroup(groupOf(platform, targetGroup), 'fix');
  const verified =
    applied.run.verified && rescan.transitions.some((t) => t.fingerprint === fingerprint && t.to === 'fixed');
  await platform.store.db
    .insertInto('remediation_runs')
    .values({
      // Keyed like the journal sync, so a run applied here is never imported twice.
      id: `journal:${applied.run.runId}`,
      target_group: targetGroup,
      kind: 'file',
      status: verified ? 'verified' : 'applied',
      approved_by: approvedBy,
      plan: JSON.stringify({
        runId: applied.run.runId,
        files: plan.files.map((f) => f.path),
        fixes: plan.fixed,
      }),
      result: JSON.stringify({
        written: applied.written.map((f) => f.path),
        skipped: applied.skipped,
        rescanId: rescan.scanId,
      }),
      verified: verified ? 1 : 0,
      created_at: new Date().toISOString(),
      rolled_back_at: null,
    })
    .execute();
  await platform.fixListener?.({
    runId: applied.run.runId,
    targetGroup,
    fingerprints: [fingerprint],
    status: 'applied',
    verified,
  });
  return {
    runId: applied.run.runId,
    written: applied.written.map((f) => f.path),
    verified,
    rescan: { scanId: rescan.scanId, fixed: rescan.counts.fixed },
  };
}
