import type { ShareLimits } from './scan-loop.js';
import type { ScanPlan } from './scan-plan.js';

/** States of ScanWorkerData.control[0]: whoever moves it away from `idle` first decides. */
export const WORKER = { idle: 0, joined: 1, declined: 2 } as const;

export interface ScanWorkerData {
  readonly plan: ScanPlan;
  readonly limits: ShareLimits;
  /** One Int32 on a SharedArrayBuffer: the worker joins, or the main thread declines it, not both. */
  readonly control: Int32Array;
}

/** Messages from the worker: an open port as soon as it is found, then `done` once. */
export type ScanWorkerMessage = { readonly open: readonly [number, number] } | { readonly done: true };
