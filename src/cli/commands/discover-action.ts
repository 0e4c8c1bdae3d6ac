import { discover } from '../../sources/discovery/discover.js';
import { PortSpecError, parsePorts } from '../../sources/discovery/ports.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';

export interface DiscoverFlags {
  ports?: string;
  format: string;
  output?: string;
  concurrency?: string;
  rate?: string;
  hostRate?: string;
  timeout?: string;
  force?: boolean;
}

function num(v: string | undefined, name: string, min: number, max: number): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${name} expects ${min}-${max}, got "${v}"`);
  return n;
}

/** `plumb discover`: scan, identify, print. */
export async function runDiscover(targets: string[], flags: DiscoverFlags): Promise<void> {
  let ports: number[] | undefined;
  try {
    ports = flags.ports ? parsePorts(flags.ports) : undefined;
  } catch (e) {
    if (e instanceof PortSpecError) throw new UsageError(e.message);
    throw e;
  }
  const concurrency = num(flags.concurrency, '--concurrency', 1, 20000);
  const rate = num(flags.rate, '--rate', 1, 1_000_000);
  const hostRate = num(flags.hostRate, '--host-rate', 1, 1_000_000);
  const timeout = num(flags.timeout, '--timeout', 10, 60000);
  const r = await discover(targets, {
    ...(ports ? { ports } : {}),
    ...(concurrency ? { concurrency } : {}),
    ...(rate ? { rate } : {}),
    ...(hostRate ? { perHostRate: hostRate } : {}),
    ...(timeout ? { timeoutMs: timeout } : {}),
    ...(flags.force ? { force: true } : {}),
  });
  let text: string;
  if (flags.format === 'json')
    text = `${JSON.stringify({ assets: r.assets, leads: r.leads, diagnostics: r.diagnostics, stats: r.stats }, null, 2)}\n`;
  else if (flags.format === 'markdown') {
    text = `# Discovered services\n\n| host | port | service | version | TLS names |\n| --- | --- | --- | --- | --- |\n${r.assets.map((a) => `| ${a.host} | ${a.port} | ${a.service} | ${a.version ?? ''} | ${a.tls?.names.join(', ') ?? ''} |`).join('\n')}\n${r.leads.length ? `\n## Leads (out of scope, not probed)\n\n${r.leads.map((l) => `- ${l.name} (seen on ${l.source})`).join('\n')}\n` : ''}`;
  } else if (flags.format === 'text') {
    const rows = r.assets.map(
      (a) =>
        `${`${a.host}:${a.port}`.padEnd(24)} ${a.service.padEnd(14)} ${a.version ?? ''}${a.tls?.names.length ? `  tls: ${a.tls.names.join(', ')}` : ''}`,
    );
    const leads = r.leads.map((l) => `  lead (out of scope, not probed): ${l.name} from ${l.source}`);
    const diags = r.diagnostics.filter((d) => d.level !== 'note').map((d) => `  ${d.target}: ${d.message}`);
    text = `${rows.join('\n')}${rows.length ? '\n' : ''}${leads.join('\n')}${leads.length ? '\n' : ''}${diags.join('\n')}${diags.length ? '\n' : ''}${r.assets.length} service(s) on ${r.stats.hosts} host(s), ${r.stats.portsTried} ports tried in ${(r.stats.totalMs / 1000).toFixed(2)}s.\n`;
  } else throw new UsageError(`unknown --format "${flags.format}" (text, json, markdown)`);
  emit(text, flags.output, process.cwd());
}
