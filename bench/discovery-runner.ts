// Library entry for bench/discovery.js until `plumb discover` exists: discover() over the given
// targets and ports, printing {assets, stats} as JSON. Run inside the benchmark's network namespace.
import { discover } from '../src/sources/discovery/index.js';
import { parsePorts } from '../src/sources/discovery/ports.js';

const [target = '127.0.0.1', ports = '1-65535', concurrency = '4000'] = process.argv.slice(2);
const result = await discover([target], { ports: parsePorts(ports), concurrency: Number(concurrency) });
process.stdout.write(JSON.stringify({ assets: result.assets, stats: result.stats }));
