import { relative, resolve } from 'node:path';
import { type FSWatcher, watch } from 'chokidar';
import type { TargetGroup } from '../platform/platform-config.js';
import type { ScanOutcome, ScanService } from '../platform/scan-service.js';

export interface WatchOptions {
  readonly cwd: string;
  /** Quiet time after the last change before re-scanning (editors save in bursts). */
  readonly debounceMs?: number;
  readonly onScan?: (outcome: ScanOutcome, changed: readonly string[]) => void;
  readonly onError?: (e: Error) => void;
}

const IGNORED = /(^|[/\\])(\.git|node_modules|\.plumb|\.terraform)([/\\]|$)/;

/**
 * Watches a target group's paths; each burst of saves re-scans the group (serialised with any
 * other scan of it) and records the result, so a finding that appears is a drift event.
 */
export function watchGroup(
  group: TargetGroup,
  scans: ScanService,
  options: WatchOptions,
): { ready: Promise<void>; close: () => Promise<void> } {
  const debounce = options.debounceMs ?? 150;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(
    group.paths.map((p) => resolve(options.cwd, p)),
    {
      ignoreInitial: true,
      ignored: (p: string) => IGNORED.test(p),
      awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 25 },
    },
  );
  const flush = async () => {
    const changed = [...pending].map((p) => relative(options.cwd, p).split('\\').join('/'));
    pending.clear();
    try {
      const outcome = await scans.scanGroup(group, 'watch');
      options.onScan?.(outcome, changed);
    } catch (e) {
      options.onError?.(e as Error);
    }
  };
  const onChange = (path: string) => {
    pending.add(path);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounce);
  };
  watcher
    .on('add', onChange)
    .on('change', onChange)
    .on('unlink', onChange)
    .on('error', (e) => options.onError?.(e as Error));
  const ready = new Promise<void>((r) => watcher.once('ready', () => r()));
  return {
    ready,
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
    },
  };
}
