import { defineRule } from '../../core/rule.js';
import { resolveCommand } from '../../sources/parsers/dockerfile/shell-script.js';
import { aptSubcommand } from './lib/apt.js';
import { finalLineage, instructionPath, runEntries } from './lib/stages.js';

export default defineRule({
  id: 'docker/apt-no-install-recommends',
  kind: 'dockerfile',
  severity: 'low',
  title: 'apt installs recommended packages too',
  why: 'By default apt also installs every "recommended" package, often dozens of extra libraries and tools nobody asked for. Each one is more code an attacker can use, more CVEs for your scanner to report and patch, and a bigger image.',
  fix: 'Add `--no-install-recommends` to `apt-get install` and list explicitly the packages you need.',
  verify:
    "Re-scan the Dockerfile; rebuild and compare `docker run --rm <image> dpkg -l | wc -l` (fewer packages) and run the app's tests.",
  references: [
    'CIS Docker Benchmark 4.3',
    'https://docs.docker.com/build/building/best-practices/#apt-get',
    'https://github.com/hadolint/hadolint/wiki/DL3015',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    // An apt.conf written by the Dockerfile may already turn recommends off globally.
    if (/Install-Recommends/i.test(doc.text)) return;
    const lineage = new Set(finalLineage(doc));
    for (const { stage, instruction, script } of runEntries(doc)) {
      if (!lineage.has(stage)) continue;
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        const sub = aptSubcommand(r);
        if (!r || sub?.value !== 'install') continue;
        if (r.args.some((a) => a.value.startsWith('--no-install-recommends'))) continue;
        n++;
        const program = cmd.words[r.index] ?? sub;
        ctx.report({
          at: doc.lines.range(program.start, sub.end),
          message: `${r.name} install without --no-install-recommends`,
          path: `${instructionPath(stage, instruction)}/apt-install[${n}]`,
          fix: (e) => (sub.plain ? e.insertAfter([sub.start, sub.end], ' --no-install-recommends') : null),
        });
      }
    }
  },
});
