import type { Command } from 'commander';
import { lazyAction } from '../lazy-action.js';

export function registerDiscover(program: Command): void {
  program
    .command('discover')
    .description('find open ports and identify services by handshake; collect TLS certificate names')
    .argument('<targets...>', 'IP, CIDR, hostname or host:port (only these are touched)')
    .option(
      '-p, --ports <spec>',
      'ports, e.g. 22,80,443 or 1-65535 (default: top ports plus every supported service port)',
    )
    .option('-f, --format <format>', 'text | json | markdown', 'text')
    .option('-o, --output <file>', 'write to a file')
    .option('--concurrency <n>', 'sockets in flight')
    .option('--rate <n>', 'connection attempts per second, overall')
    .option('--host-rate <n>', 'connection attempts per second, per host')
    .option('--timeout <ms>', 'connect timeout in milliseconds')
    .option('--force', 'allow CIDRs larger than 65,536 addresses')
    .action(lazyAction(async () => (await import('./discover-action.js')).runDiscover));
}
