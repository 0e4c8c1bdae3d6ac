import { defineRule } from '../../core/rule.js';
import {
  isShell,
  pipelines,
  type ResolvedCommand,
  resolveCommand,
  type ShellCommand,
} from '../../sources/parsers/dockerfile/shell-script.js';
import { instructionPath, runEntries } from './lib/stages.js';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = /^(?:python[\d.]*|perl|ruby|node|php)$/;
const SUBSTITUTED_DOWNLOAD = /(?:\$\(|<\(|`)\s*(?:\S*\/)?(?:curl|wget)\b/;

export default defineRule({
  id: 'docker/curl-pipe-shell',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Script downloaded and executed in one step',
  why: "`curl ... | sh` runs whatever the server sends, unseen and unverified, with the build user's rights (usually root). A compromised or spoofed download server, a truncated transfer or a changed script ends up executed inside your image, and nothing in the Dockerfile records what actually ran.",
  fix: 'Download the script to a file, check it against a known checksum (`echo "<sha256>  install.sh" | sha256sum -c -`), then run it; better, install the tool from a signed package or copy a pinned release binary.',
  verify:
    'Re-scan the Dockerfile and rebuild with `docker build --no-cache .`: the build fails if the script does not match its checksum.',
  references: ['CWE-494', 'CWE-829', 'https://docs.docker.com/build/building/best-practices/#using-pipes'],
  check(doc, ctx) {
    for (const { stage, instruction, script } of runEntries(doc)) {
      let n = 0;
      const report = (from: ShellCommand, to: ShellCommand, message: string) => {
        n++;
        ctx.report({
          at: doc.lines.range(from.start, to.end),
          message,
          path: `${instructionPath(stage, instruction)}/download[${n}]`,
          evidence: doc.text.slice(from.start, Math.min(to.end, from.start + 200)),
        });
      };
      for (const pipeline of pipelines(script)) {
        const resolved = pipeline.map((c) => resolveCommand(c));
        const downloadAt = resolved.findIndex((r) => r !== null && DOWNLOADERS.has(r.name));
        if (downloadAt >= 0) {
          const runAt = resolved.findIndex((r, k) => k > downloadAt && r !== null && executesStdin(r));
          const from = pipeline[downloadAt];
          const to = pipeline[runAt];
          const runner = resolved[runAt];
          if (from && to && runner) {
            report(
              from,
              to,
              `downloads with ${resolved[downloadAt]?.name} and pipes the script into ${runner.name}`,
            );
            continue;
          }
        }
        for (const [k, r] of resolved.entries()) {
          const cmd = pipeline[k];
          if (!r || !cmd || !executesSubstitution(r)) continue;
          report(cmd, cmd, `runs a script fetched inline by ${r.name} $(curl ...)`);
        }
      }
    }
  },
});

/** `sh`, `bash -s -- args`, `python3 -` read their program from stdin; `-c` or a script file does not. */
function executesStdin(r: ResolvedCommand): boolean {
  if (!isShell(r.name) && !INTERPRETERS.test(r.name)) return false;
  if (r.args.some((a) => a.value === '-c' || a.value === '-e' || a.value === '-m')) return false;
  if (r.args.some((a) => a.value === '-s' || a.value === '-')) return true;
  const operand = r.args.find((a) => !a.value.startsWith('-'));
  return operand === undefined;
}

/** `sh -c "$(curl ...)"`, `bash <(wget -O- ...)`, `eval "$(curl ...)"`, `. <(curl ...)`. */
function executesSubstitution(r: ResolvedCommand): boolean {
  const runs = isShell(r.name) || INTERPRETERS.test(r.name) || ['eval', 'source', '.'].includes(r.name);
  return runs && r.args.some((a) => SUBSTITUTED_DOWNLOAD.test(a.value));
}
