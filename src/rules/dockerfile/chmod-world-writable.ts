import type { Range } from '../../core/range.js';
import { defineRule } from '../../core/rule.js';
import { resolveCommand } from '../../sources/parsers/dockerfile/shell-script.js';
import { instructionPath, runEntries } from './lib/stages.js';

const NUMERIC = /^0?[0-7]{3,4}$/;
const SYMBOLIC = /^[ugoa]*[-+=][rwxXstugo]*(?:,[ugoa]*[-+=][rwxXstugo]*)*$/;
const WITH_ARG = new Set(['--reference']);

export default defineRule({
  id: 'docker/chmod-world-writable',
  kind: 'dockerfile',
  severity: 'medium',
  title: 'Files made writable by every user',
  why: 'Mode 777 (or `o+w`) lets any process in the container, whatever user it runs as, overwrite those files. An attacker who gets in through one weak process can then replace your application code, configuration or scripts that root runs later, turning a small foothold into full control.',
  fix: 'Give the directory to the user that needs to write it (`COPY --chown=app:app` or `chown app:app`) and use a mode without write for others, e.g. 755 for directories and programs, 644 for data files.',
  verify:
    'Re-scan the Dockerfile; `docker run --rm <image> find / -xdev -perm -0002 -type f` finds none of your files.',
  references: [
    'CIS Docker Benchmark 4.8',
    'CWE-732',
    'https://docs.docker.com/reference/dockerfile/#copy---chown---chmod',
  ],
  fixable: 'suggestion',
  options: {
    mode: {
      description: 'Mode to use instead, e.g. `755` (applied to every world-writable chmod in the file).',
    },
  },
  check(doc, ctx) {
    const report = (at: Range, mode: string, written: string, path: string) =>
      ctx.report({
        at,
        message: `${written} makes files writable by every user`,
        path,
        suggest: {
          question: `Which mode should replace ${mode}? (755 for directories and programs, 644 for data)`,
          option: 'mode',
          placeholder: safer(mode),
          edits: (e, value) =>
            isMode(value.trim()) && !worldWritable(value.trim()) ? e.replace(at, value.trim()) : null,
        },
      });

    for (const { stage, instruction, script } of runEntries(doc)) {
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        if (r?.name !== 'chmod') continue;
        let k = 0;
        while (
          k < r.args.length &&
          r.args[k]?.value.startsWith('-') &&
          !SYMBOLIC.test(r.args[k]?.value ?? '')
        ) {
          if (WITH_ARG.has(r.args[k]?.value ?? '')) k++;
          k++;
        }
        const mode = r.args[k];
        if (!mode?.plain || !worldWritable(mode.value)) continue;
        n++;
        report(
          doc.lines.range(mode.start, mode.end),
          mode.value,
          `chmod ${mode.value}`,
          `${instructionPath(stage, instruction)}/chmod[${n}]`,
        );
      }
    }
    for (const stage of doc.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
        const flagText = doc.text.slice(ins.range.start.offset, ins.argsRange.start.offset);
        const m = /--chmod=([0-7]{3,4}|[ugoa+\-=rwxXst,]+)(?=\s)/.exec(flagText);
        if (!m?.[1] || !worldWritable(m[1])) continue;
        const start = ins.range.start.offset + m.index + '--chmod='.length;
        report(
          doc.lines.range(start, start + m[1].length),
          m[1],
          `${ins.keyword} --chmod=${m[1]}`,
          `${instructionPath(stage, ins)}/chmod`,
        );
      }
    }
  },
});

function isMode(v: string): boolean {
  return NUMERIC.test(v) || SYMBOLIC.test(v);
}

/** True for modes that grant write to others, ignoring sticky directories like /tmp (1777). */
function worldWritable(mode: string): boolean {
  if (NUMERIC.test(mode)) {
    const digits = mode.replace(/^0(?=[0-7]{4})/, '');
    const other = Number(digits[digits.length - 1]);
    const special = digits.length === 4 ? Number(digits[0]) : 0;
    return (other & 2) !== 0 && (special & 1) === 0;
  }
  if (!SYMBOLIC.test(mode)) return false;
  const clauses = mode.split(',');
  if (clauses.some((c) => /^[ugoa]*[+=][^,]*t/.test(c))) return false;
  return clauses.some((c) => {
    const m = /^([ugoa]*)([-+=])(.*)$/.exec(c);
    return !!m && /[oa]/.test(m[1] ?? '') && m[2] !== '-' && (m[3] ?? '').includes('w');
  });
}

/** A suggested replacement: the same mode without write for group and others. */
function safer(mode: string): string {
  if (!NUMERIC.test(mode)) return 'go-w';
  const digits = mode.replace(/^0(?=[0-7]{4})/, '');
  return digits
    .split('')
    .map((d, i) => (i >= digits.length - 2 ? String(Number(d) & 5) : d))
    .join('');
}
