/** The result of a scan, as reported by portScan. */
export interface PortScanResult {
  readonly open: OpenPort[];
  readonly closed: number;
  readonly filtered: number;
  readonly elapsedMs: number;
}

export interface OpenPort {
  readonly host: string;
  readonly port: number;
}

/** What one connect attempt found, as stored in ScanPlan.states. */
export const OUTCOME = { pending: 0, closed: 1, open: 2, filtered: 3 } as const;

/**
 * Every connect attempt of a scan, laid out in typed arrays so that several threads can share it:
 * a thread claims the next position of a host with one atomic add on `cursors`, so no attempt is
 * made twice and a faster thread simply takes more of the work.
 */
export interface ScanPlan {
  readonly hosts: readonly string[];
  /** Distinct port lists (hosts of one CIDR share theirs); host h scans portLists[listOf[h]]. */
  readonly portLists: readonly Uint16Array[];
  readonly listOf: Int32Array;
  /** Where host h's outcomes start in `states`. */
  readonly stateStart: Float64Array;
  /** Next unclaimed position per host. May run past the end: a claim there is simply refused. */
  readonly cursors: Int32Array;
  /** One OUTCOME per attempt, written once by the thread that made it. */
  readonly states: Uint8Array;
}

function buffer(bytes: number, shared: boolean): ArrayBufferLike {
  return shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

export function buildPlan(
  jobs: readonly { readonly host: string; readonly ports: readonly number[] }[],
  shared: boolean,
): ScanPlan {
  const lists = new Map<readonly number[], number>();
  const portLists: Uint16Array[] = [];
  const listOf = new Int32Array(jobs.length);
  const stateStart = new Float64Array(jobs.length);
  let total = 0;
  jobs.forEach((job, h) => {
    let list = lists.get(job.ports);
    if (list === undefined) {
      list = portLists.length;
      const ports = new Uint16Array(buffer(job.ports.length * 2, shared));
      ports.set(job.ports);
      portLists.push(ports);
      lists.set(job.ports, list);
    }
    listOf[h] = list;
    stateStart[h] = total;
    total += job.ports.length;
  });
  return {
    hosts: jobs.map((j) => j.host),
    portLists,
    listOf,
    stateStart,
    cursors: new Int32Array(buffer(jobs.length * 4, shared)),
    states: new Uint8Array(buffer(total, shared)),
  };
}

export function portsOf(plan: ScanPlan, host: number): Uint16Array {
  return plan.portLists[plan.listOf[host] as number] as Uint16Array;
}

/** Outcomes are written once per attempt; counting them gives the result whatever thread made them. */
export function tally(plan: ScanPlan, elapsedMs: number): PortScanResult {
  const open: OpenPort[] = [];
  let closed = 0;
  let filtered = 0;
  plan.hosts.forEach((host, h) => {
    const ports = portsOf(plan, h);
    const first = plan.stateStart[h] as number;
    for (let i = 0; i < ports.length; i++) {
      const outcome = Atomics.load(plan.states, first + i);
      if (outcome === OUTCOME.closed) closed++;
      else if (outcome === OUTCOME.filtered) filtered++;
      else if (outcome === OUTCOME.open) open.push({ host, port: ports[i] as number });
    }
  });
  open.sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
  return { open, closed, filtered, elapsedMs };
}

/**
 * Attempts claimed but never finished (by a worker that died), as jobs to make again; `from` lists
 * them in the order a plan built from those jobs lays out its outcomes.
 */
export function unfinished(plan: ScanPlan): {
  jobs: { host: string; ports: number[] }[];
  from: { host: number; position: number }[];
} {
  const jobs: { host: string; ports: number[] }[] = [];
  const from: { host: number; position: number }[] = [];
  plan.hosts.forEach((host, h) => {
    const ports = portsOf(plan, h);
    const first = plan.stateStart[h] as number;
    const claimed = Math.min(Atomics.load(plan.cursors, h), ports.length);
    const missing: number[] = [];
    for (let i = 0; i < claimed; i++) {
      if (Atomics.load(plan.states, first + i) !== OUTCOME.pending) continue;
      missing.push(ports[i] as number);
      from.push({ host: h, position: i });
    }
    if (missing.length) jobs.push({ host, ports: missing });
  });
  return { jobs, from };
}
