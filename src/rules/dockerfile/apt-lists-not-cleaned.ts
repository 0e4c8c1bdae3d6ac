import type { EditBuilder, TextEdit } from '../../core/edit.js';
import { defineRule } from '../../core/rule.js';
import { resolveCommand, type ShellCommand } from '../../sources/parsers/dockerfile/shell-script.js';
import { aptSubcommand } from './lib/apt.js';
import { finalLineage, instructionPath, runEntries } from './lib/stages.js';

const CLEANUP = 'rm -rf /var/lib/apt/lists/*';

export default defineRule({
  id: 'docker/apt-lists-not-cleaned',
  kind: 'dockerfile',
  severity: 'low',
  title: 'apt package lists left in the image',
  why: '`apt-get update` downloads tens of megabytes of package indexes. Left in the layer, they bloat every copy of the image and freeze a stale view of the repositories that later `apt-get install` steps (or an attacker with a shell) would use to install outdated packages.',
  fix: 'End the same RUN that calls `apt-get update` with `&& rm -rf /var/lib/apt/lists/*`, or keep the lists on a cache mount (`RUN --mount=type=cache,target=/var/lib/apt ...`).',
  verify:
    'Re-scan the Dockerfile; `docker run --rm <image> ls /var/lib/apt/lists` shows no package indexes (only `partial/` or `auxfiles/`).',
  references: [
    'https://docs.docker.com/build/building/best-practices/#apt-get',
    'https://github.com/hadolint/hadolint/wiki/DL3009',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    const lineage = new Set(finalLineage(doc));
    for (const { stage, instruction, script } of runEntries(doc)) {
      if (!lineage.has(stage)) continue;
      const cached = instruction.flags.some(
        (f) =>
          f.name.toLowerCase() === 'mount' &&
          /target=\/var\/lib\/apt(?:\/lists)?\/?(?:,|$)/.test(f.value ?? ''),
      );
      if (cached) continue;
      const commands = script.commands.map((c) => ({ c, r: resolveCommand(c) }));
      const update = commands.find(({ r }) => aptSubcommand(r)?.value === 'update');
      if (!update) continue;
      const cleaned = commands.some(
        ({ r }) =>
          (r?.name === 'rm' && r.args.some((a) => a.value.startsWith('/var/lib/apt/lists'))) ||
          ['distclean', 'dist-clean'].includes(aptSubcommand(r)?.value ?? ''),
      );
      if (cleaned) continue;
      const last = script.commands[script.commands.length - 1];
      ctx.report({
        at: doc.lines.range(update.c.start, update.c.end),
        message: 'apt-get update without removing /var/lib/apt/lists in the same RUN',
        path: `${instructionPath(stage, instruction)}/apt-lists`,
        fix: (e) =>
          last && !script.heredoc
            ? appendCommand(e, last, instruction.argsRange.end.offset, doc.escapeChar ?? '\\')
            : null,
      });
    }
  },
});

/** Appends `&& rm ...` after the RUN's last command, following the file's continuation style. */
function appendCommand(e: EditBuilder, last: ShellCommand, argsEnd: number, esc: string): TextEdit | null {
  // Anything but closing parentheses after the last command (a `;`, `&`, a comment) makes `&&` unsafe.
  if (last.after && last.after.op !== ')') return null;
  const tail = e.text.slice(last.end, argsEnd);
  if (!/^[\s)]*$/.test(tail)) return null;
  const insertAt = last.end + tail.trimEnd().length;
  const lineStart = e.lineStartOf(insertAt);
  if (!isContinued(e.text, lineStart, esc)) return e.insertAt(insertAt, ` && ${CLEANUP}`);
  const lastLine = e.text.slice(lineStart, insertAt);
  const indent = /^[ \t]*/.exec(lastLine)?.[0] ?? '';
  return /^[ \t]*(?:&&|\|\|)/.test(lastLine)
    ? e.insertAt(insertAt, ` ${esc}${e.eol}${indent}&& ${CLEANUP}`)
    : e.insertAt(insertAt, ` && ${esc}${e.eol}${indent}${CLEANUP}`);
}

/** True when the line starting at `lineStart` continues the previous one. */
function isContinued(text: string, lineStart: number, esc: string): boolean {
  if (lineStart === 0) return false;
  const prev = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).trimEnd();
  return prev.endsWith(esc);
}
