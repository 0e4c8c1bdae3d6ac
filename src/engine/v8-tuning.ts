import { setFlagsFromString } from 'node:v8';

/**
 * Tunes V8 for batch scans; call it before the engine's modules load (bin/plumb.js does).
 * A scan runs ~1,000 modules of short loops for a few seconds. With V8's default interrupt
 * budget the optimising compiler picks up far more of them than ever pays off, and on two cores
 * its background thread competes with the scan's own threads. A larger budget optimises only
 * code that stays hot: measured on a 10,000-file scan, 15-25% less CPU in all, and the pooled
 * scan's wall time down by about a fifth (a single-threaded scan's wall time is unchanged).
 */
export function tuneForBatch(): void {
  setFlagsFromString('--interrupt-budget=1000000');
}
