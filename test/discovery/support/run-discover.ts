// Runs discover() and prints its result as JSON. Executed inside a network namespace by the test
// (`ip netns exec NS node --import tsx run-discover.ts '<json args>'`).
import { discover } from '../../../src/sources/discovery/index.js';
import { parsePorts } from '../../../src/sources/discovery/ports.js';

const args = JSON.parse(process.argv[2] ?? '{}') as {
  targets: string[];
  ports: string;
  concurrency?: number;
};
const result = await discover(args.targets, {
  ports: parsePorts(args.ports),
  ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
});
process.stdout.write(JSON.stringify(result));
