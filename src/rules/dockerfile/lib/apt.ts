import type { ResolvedCommand, ShellWord } from '../../../sources/parsers/dockerfile/shell-script.js';

const APT = new Set(['apt-get', 'apt']);
/** apt options that take a separate value. */
const WITH_ARG = new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release']);

/** The apt subcommand word (`install`, `update`...) of an apt-get/apt command, or null. */
export function aptSubcommand(r: ResolvedCommand | null): ShellWord | null {
  if (!r || !APT.has(r.name)) return null;
  for (let k = 0; k < r.args.length; k++) {
    const w = r.args[k] as ShellWord;
    if (w.value.startsWith('-')) {
      if (WITH_ARG.has(w.value)) k++;
      continue;
    }
    return w;
  }
  return null;
}
