import { resolve } from 'node:path';
import type { PlumbConfig } from '../engine/config.js';
import { scan } from '../engine/scan.js';
import type { MatchType, OwnershipRule } from '../ownership/match.js';
import type { Store } from '../store/connect.js';
import { failScan, recordScan, startScan, type Transition } from '../store/record-scan.js';
import type { TargetGroup } from './platform-config.js';

export interface ScanOutcome {
  readonly scanId: string;
  readonly transitions: readonly Transition[];
  readonly counts: { total: number; new: number; reopened: number; fixed: number };
}

export type ScanListener = (group: string, outcome: ScanOutcome, trigger: string) => void | Promise<void>;

/**
 * Runs scans of target groups and records them. Scans of one group are serialised (a second
 * request waits for the first); different groups run side by side.
 */
export class ScanService {
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly listeners: ScanListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly options: {
      cwd: string;
      scanConfig: PlumbConfig;
      defaultTeamId: string;
      slaDays?: Record<string, number | undefined>;
    },
  ) {}

  onScan(listener: ScanListener): void {
    this.listeners.push(listener);
  }

  async ownershipRules(): Promise<OwnershipRule[]> {
    const rows = await this.store.db.selectFrom('ownership_rules').selectAll().orderBy('position').execute();
    return rows.map((r) => ({ teamId: r.team_id, type: r.match_type as MatchType, pattern: r.pattern }));
  }

  /** Scan a group now (waiting for a scan of the same group already under way). */
  async scanGroup(
    group: TargetGroup,
    trigger: string,
    options: { complete?: boolean; paths?: string[]; onStart?: (scanId: string) => void } = {},
  ): Promise<ScanOutcome> {
    const previous = this.running.get(group.name) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.doScan(group, trigger, options));
    this.running.set(group.name, run);
    try {
      return await run;
    } finally {
      if (this.running.get(group.name) === run) this.running.delete(group.name);
    }
  }

  private async doScan(
    group: TargetGroup,
    trigger: string,
    options: { complete?: boolean; paths?: string[]; onStart?: (scanId: string) => void },
  ): Promise<ScanOutcome> {
    const scanId = await startScan(this.store, group.name, trigger);
    options.onStart?.(scanId);
    try {
      const result = await scan({
        paths: (options.paths ?? group.paths).map((p) => resolve(this.options.cwd, p)),
        cwd: this.options.cwd,
        config: this.options.scanConfig,
        exclude: group.exclude,
      });
      const recorded = await recordScan(this.store, {
        scanId,
        targetGroup: group.name,
        findings: result.findings,
        files: result.stats.files,
        complete: options.complete ?? true,
        ownership: await this.ownershipRules(),
        defaultTeamId: this.options.defaultTeamId,
        ...(this.options.slaDays ? { slaDays: this.options.slaDays as Record<string, number> } : {}),
      });
      const outcome = { scanId, transitions: recorded.transitions, counts: recorded.counts };
      for (const l of this.listeners) await l(group.name, outcome, trigger);
      return outcome;
    } catch (e) {
      await failScan(this.store, scanId, (e as Error).message);
      throw e;
    }
  }
}
