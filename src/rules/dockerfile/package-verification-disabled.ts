import type { EditBuilder, TextEdit } from '../../core/edit.js';
import { defineRule } from '../../core/rule.js';
import type {
  DockerInstruction,
  DockerKeyValue,
} from '../../sources/parsers/dockerfile/dockerfile-document.js';
import {
  type ResolvedCommand,
  resolveCommand,
  type ShellWord,
} from '../../sources/parsers/dockerfile/shell-script.js';
import { removeWords } from './lib/shell-edit.js';
import { instructionPath, runEntries, stageLabel, stageOf } from './lib/stages.js';

/** Environment variables that turn verification off, and the values that do it. */
const INSECURE_ENV: Readonly<Record<string, (v: string) => boolean>> = {
  NODE_TLS_REJECT_UNAUTHORIZED: (v) => v === '0',
  PYTHONHTTPSVERIFY: (v) => v === '0',
  GIT_SSL_NO_VERIFY: (v) => v !== '' && !/^(?:0|false|no)$/i.test(v),
  NPM_CONFIG_STRICT_SSL: (v) => /^(?:false|0|no)$/i.test(v),
  YARN_STRICT_SSL: (v) => /^(?:false|0|no)$/i.test(v),
  PIP_TRUSTED_HOST: (v) => v !== '',
};

interface Hit {
  readonly at: ShellWord;
  readonly message: string;
  /** Words to remove for the fix (first..last), or null when only a human can fix it. */
  readonly remove: readonly [ShellWord, ShellWord] | null;
}

export default defineRule({
  id: 'docker/package-verification-disabled',
  kind: 'dockerfile',
  severity: 'high',
  title: 'Package manager told to skip TLS or signature checks',
  why: 'Flags such as `pip --trusted-host`, `npm --strict-ssl=false`, `apk --allow-untrusted`, `apt-get --allow-unauthenticated` or `NODE_TLS_REJECT_UNAUTHORIZED=0` make the tool accept packages (or connections) it cannot verify. Anyone on the network path, or a hijacked mirror, can then feed you a malicious package that lands in the image; set in ENV, the application itself stops checking certificates at run time.',
  fix: 'Remove the flag or variable. For an internal mirror with a private CA, install the CA certificate in the image (or point the tool at it: `pip --cert`, `npm config set cafile`, `git config http.sslCAInfo`) and import the repository signing key instead of skipping signatures.',
  verify:
    'Re-scan the Dockerfile and rebuild with `docker build --no-cache .`: installs still succeed with verification on; `docker run --rm <image> env` shows none of these variables.',
  references: [
    'CWE-295',
    'CWE-494',
    'https://pip.pypa.io/en/stable/cli/pip/#cmdoption-trusted-host',
    'https://docs.npmjs.com/cli/v10/using-npm/config#strict-ssl',
    'https://nodejs.org/api/cli.html#node_tls_reject_unauthorizedvalue',
  ],
  fixable: 'auto',
  check(doc, ctx) {
    for (const { stage, instruction, script } of runEntries(doc)) {
      let n = 0;
      for (const cmd of script.commands) {
        const r = resolveCommand(cmd);
        const assignments = cmd.words
          .slice(0, r?.index ?? cmd.words.length)
          .filter((w) => /^[A-Za-z_]\w*=/.test(w.value));
        const hits = [...assignmentHits(assignments), ...(r ? commandHits(r) : [])];
        for (const hit of hits) {
          n++;
          const remove = hit.remove;
          ctx.report({
            at: doc.lines.range(hit.at.start, hit.at.end),
            message: hit.message,
            path: `${instructionPath(stage, instruction)}/verify[${n}]`,
            ...(remove ? { fix: (e: EditBuilder) => removeWords(e, remove[0], remove[1]) } : {}),
          });
        }
      }
    }
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
      for (const p of ins.properties) {
        const test = INSECURE_ENV[p.name.toUpperCase()];
        if (!test?.((p.value ?? '').trim())) continue;
        const stage = stageOf(doc, ins);
        ctx.report({
          at: p.range,
          message: `${ins.keyword} ${p.name}=${p.value ?? ''} turns off certificate or package verification`,
          path: `${stage ? `stage[${stageLabel(stage)}]` : 'global'}/${ins.keyword.toLowerCase()}/${p.name}`,
          fix: (e) => removeProperty(e, doc.text, doc.escapeChar ?? '\\', ins, p),
        });
      }
    }
  },
});

function assignmentHits(words: readonly ShellWord[]): Hit[] {
  return words.flatMap((w) => {
    const eq = w.value.indexOf('=');
    const name = w.value.slice(0, eq);
    const test = INSECURE_ENV[name.toUpperCase()];
    return test?.(w.value.slice(eq + 1))
      ? [
          {
            at: w,
            message: `${w.value} turns off certificate or package verification`,
            remove: [w, w] as const,
          },
        ]
      : [];
  });
}

function commandHits(r: ResolvedCommand): Hit[] {
  const hits: Hit[] = [];
  const args = r.args;
  const isPip =
    /^pip[\d.]*$/.test(r.name) ||
    (/^python[\d.]*$/.test(r.name) && args[0]?.value === '-m' && /^pip/.test(args[1]?.value ?? ''));
  const tool = isPip ? 'pip' : r.name;
  const values = args.map((a) => a.value);
  const setsConfig = (key: RegExp, bad: RegExp) => {
    const k = values.findIndex((v) => key.test(v.split('=')[0] ?? ''));
    if (k < 0 || !values.slice(0, k).some((v) => v === 'config' || v === 'set')) return false;
    const inline = values[k]?.includes('=') ? values[k]?.split('=')[1] : values[k + 1];
    return bad.test(inline ?? '');
  };
  args.forEach((w, k) => {
    const v = w.value;
    const next = args[k + 1];
    if (tool === 'pip' && (v === '--trusted-host' || v.startsWith('--trusted-host='))) {
      const last = v === '--trusted-host' && next ? next : w;
      hits.push({
        at: w,
        message: `${tool} ${v.split('=')[0]} installs from a host without TLS verification`,
        remove: [w, last],
      });
    } else if (
      ['npm', 'yarn', 'pnpm'].includes(tool) &&
      (v === '--no-strict-ssl' || /^--strict-ssl=(?:false|0)$/i.test(v))
    ) {
      hits.push({
        at: w,
        message: `${tool} ${v} turns off TLS verification for the registry`,
        remove: [w, w],
      });
    } else if (
      ['npm', 'yarn', 'pnpm'].includes(tool) &&
      v === '--strict-ssl' &&
      /^(?:false|0)$/i.test(next?.value ?? '') &&
      next
    ) {
      hits.push({
        at: w,
        message: `${tool} --strict-ssl false turns off TLS verification for the registry`,
        remove: [w, next],
      });
    } else if (tool === 'git' && v === '-c' && next && /^http\.sslverify=(?:false|0|no)$/i.test(next.value)) {
      hits.push({ at: w, message: `git -c ${next.value} turns off TLS verification`, remove: [w, next] });
    } else if (tool === 'apk' && v === '--allow-untrusted') {
      hits.push({
        at: w,
        message: 'apk --allow-untrusted installs packages without checking signatures',
        remove: [w, w],
      });
    } else if (
      ['apt-get', 'apt'].includes(tool) &&
      (v === '--allow-unauthenticated' || v === '--allow-insecure-repositories')
    ) {
      hits.push({
        at: w,
        message: `${tool} ${v} installs packages without checking signatures`,
        remove: [w, w],
      });
    } else if (
      ['apt-get', 'apt'].includes(tool) &&
      v === '-o' &&
      next &&
      /^Acquire::(?:https?::Verify-(?:Peer|Host)=(?:false|0)|AllowInsecureRepositories=(?:true|1))$/i.test(
        next.value,
      )
    ) {
      hits.push({
        at: w,
        message: `${tool} -o ${next.value} turns off repository verification`,
        remove: [w, next],
      });
    }
  });
  const first = args[0];
  if (first && tool === 'pip' && setsConfig(/^(?:global|install)\.trusted-host$/, /./))
    hits.push({ at: first, message: 'pip config trusts a host without TLS verification', remove: null });
  if (first && ['npm', 'yarn', 'pnpm'].includes(tool) && setsConfig(/^strict-ssl$/, /^(?:false|0)$/i))
    hits.push({ at: first, message: `${tool} config turns strict-ssl off for the registry`, remove: null });
  if (first && tool === 'git' && setsConfig(/^http\.sslverify$/i, /^(?:false|0|no)$/i))
    hits.push({ at: first, message: 'git config turns http.sslVerify off', remove: null });
  return hits;
}

/** Drops one ENV/ARG property: the whole instruction when it is the only one, else just the pair. */
function removeProperty(
  e: EditBuilder,
  text: string,
  esc: string,
  ins: DockerInstruction,
  p: DockerKeyValue,
): TextEdit | null {
  if (ins.properties.length === 1) return e.removeLines(ins.range);
  const start = p.range.start.offset;
  const end = p.range.end.offset;
  if (text.slice(start, end).includes('\n')) return null;
  const lineStart = e.lineStartOf(start);
  const lineEnd = e.nextLineStartOf(start);
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).replace(/\r?\n$/, '');
  if (before.trim() === '' && lineStart > ins.range.start.offset) {
    // Alone on a continuation line: drop the line, or (when it is the last line) the previous
    // line's continuation together with it, so the instruction still ends where it did.
    if (after.trim() === esc) return e.remove([lineStart, lineEnd]);
    if (after.trim() !== '') return null;
    const prevEnd = lineStart - (text[lineStart - 2] === '\r' ? 2 : 1);
    const prevLine = text.slice(e.lineStartOf(prevEnd), prevEnd);
    const m = new RegExp(`[ \\t]*${escapeRegExp(esc)}[ \\t]*$`).exec(prevLine);
    if (!m) return null;
    return e.remove([prevEnd - m[0].length, end]);
  }
  if (text[end] === ' ') return e.remove([start, end + 1]);
  if (text[start - 1] === ' ') return e.remove([start - 1, end]);
  return null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
