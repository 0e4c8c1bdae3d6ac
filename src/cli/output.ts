import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Writes a report to a file atomically (temp + rename), or to stdout. */
export function emit(text: string, output: string | undefined, cwd: string): void {
  if (!output || output === '-') {
    process.stdout.write(text);
    return;
  }
  const target = resolve(cwd, output);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, target);
}
