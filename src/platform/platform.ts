import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError, findConfig, loadConfig, type PlumbConfig } from '../engine/config.js';
import { openStore, type Store } from '../store/connect.js';
import { failInterruptedScans } from '../store/record-scan.js';
import { ensureAdminToken } from '../store/tokens.js';
import { syncJournal } from './journal-sync.js';
import { syncOrganisation } from './org-sync.js';
import { type PlatformConfig, parsePlatformConfig, type TargetGroup } from './platform-config.js';
import { ScanService } from './scan-service.js';

export interface PlatformOptions {
  readonly cwd: string;
  readonly dataDir: string;
  readonly databaseUrl?: string | undefined;
  readonly configFile?: string | undefined;
  readonly adminTokenFromEnv?: string | undefined;
}

/** Everything the server, scheduler and watchers share. */
export interface Platform {
  readonly store: Store;
  readonly scans: ScanService;
  readonly groups: readonly TargetGroup[];
  readonly config: PlatformConfig;
  readonly scanConfig: PlumbConfig;
  readonly rawConfig: Record<string, unknown>;
  readonly cwd: string;
  readonly dataDir: string;
  readonly defaultTeamId: string;
  /** Set only on the first start without PLUMB_ADMIN_TOKEN: print once, never store. */
  readonly newAdminToken: string | undefined;
  /** Scans the previous process left running, now marked failed. */
  readonly interruptedScans: number;
  /** Set by `plumb serve` when notifications are configured: fix outcomes are announced. */
  fixListener?: (outcome: {
    runId: string;
    targetGroup: string;
    fingerprints: string[];
    status: 'applied' | 'failed';
    verified?: boolean;
    reason?: string;
  }) => Promise<unknown>;
}

export function readPlatformConfigFile(
  cwd: string,
  explicit?: string,
): { file: string | undefined; raw: Record<string, unknown>; scan: PlumbConfig; platform: PlatformConfig } {
  const file = explicit ? resolve(cwd, explicit) : findConfig(cwd);
  if (explicit && !existsSync(file!)) throw new ConfigError(explicit, 'config file not found');
  if (!file) return { file: undefined, raw: {}, scan: {}, platform: parsePlatformConfig({}, 'plumb.yaml') };
  const scan = loadConfig(file);
  const raw = (parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: 100 }) ?? {}) as Record<
    string,
    unknown
  >;
  return { file, raw, scan, platform: parsePlatformConfig(raw, file) };
}

export async function startPlatform(options: PlatformOptions): Promise<Platform> {
  const cfg = readPlatformConfigFile(options.cwd, options.configFile);
  // Target group paths are relative to the config file's directory.
  const base = cfg.file ? dirname(cfg.file) : options.cwd;
  const groups = cfg.platform.targets.length
    ? cfg.platform.targets.map((g) => ({ ...g, paths: g.paths.map((p) => resolve(base, p)) }))
    : [{ name: 'default', paths: [options.cwd], watch: false, exclude: [] as string[] }];
  const store = await openStore({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
  });
  const interruptedScans = await failInterruptedScans(store);
  await syncJournal(store, options.dataDir);
  const defaultTeamId = await syncOrganisation(store, cfg.platform);
  const newAdminToken = await ensureAdminToken(store, options.adminTokenFromEnv);
  const scans = new ScanService(store, {
    cwd: options.cwd,
    scanConfig: cfg.scan,
    defaultTeamId,
    ...(cfg.platform.sla ? { slaDays: cfg.platform.sla } : {}),
  });
  return {
    store,
    scans,
    groups,
    config: cfg.platform,
    scanConfig: cfg.scan,
    rawConfig: cfg.raw,
    cwd: options.cwd,
    dataDir: options.dataDir,
    defaultTeamId,
    newAdminToken,
    interruptedScans,
  };
}
