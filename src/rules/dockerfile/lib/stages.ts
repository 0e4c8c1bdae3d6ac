import type { Range } from '../../../core/range.js';
import type {
  DockerfileDocument,
  DockerInstruction,
  DockerStage,
} from '../../../sources/parsers/dockerfile/dockerfile-document.js';
import { runScript, type ShellScript } from '../../../sources/parsers/dockerfile/shell-script.js';

/** The final stage and the stages it builds FROM, final first: what ends up in the image. */
export function finalLineage(doc: DockerfileDocument): DockerStage[] {
  const out: DockerStage[] = [];
  let stage = doc.finalStage;
  while (stage && !out.includes(stage)) {
    out.push(stage);
    const ref = stage.from.stageRef?.toLowerCase();
    const index: number = stage.index;
    stage = ref
      ? ([...doc.stages].reverse().find((s) => s.index < index && s.name?.toLowerCase() === ref) ?? null)
      : null;
  }
  return out;
}

export function stageLabel(stage: DockerStage): string {
  return stage.name ?? String(stage.index);
}

/** A line-independent address: `stage[build]/run[2]` is the stage's second RUN. */
export function instructionPath(stage: DockerStage, ins: DockerInstruction): string {
  const same = stage.instructions.filter((i) => i.keyword === ins.keyword);
  const ordinal = same.indexOf(ins) + 1;
  return `stage[${stageLabel(stage)}]/${ins.keyword.toLowerCase()}[${ordinal}]`;
}

/** The stage an instruction belongs to. */
export function stageOf(doc: DockerfileDocument, ins: DockerInstruction): DockerStage | undefined {
  return doc.stages.find((s) => s.index === ins.stageIndex);
}

/**
 * The user in effect when `ins` runs: the last USER before it in its stage, else the user the
 * parent stage ends with. Null when it comes from an external base image (unknown here).
 */
export function userBefore(
  doc: DockerfileDocument,
  stage: DockerStage,
  ins: DockerInstruction,
): string | null {
  const pos = stage.instructions.indexOf(ins);
  for (let k = pos - 1; k >= 0; k--) {
    const i = stage.instructions[k];
    if (i?.keyword === 'USER') return i.args[0] ?? null;
  }
  const ref = stage.from.stageRef?.toLowerCase();
  if (!ref) return null;
  const parent = [...doc.stages]
    .reverse()
    .find((s) => s.index < stage.index && s.name?.toLowerCase() === ref);
  return parent?.user?.name ?? null;
}

export function isRootUser(user: string | null): boolean {
  if (user === null) return false;
  const name = user.split(':')[0];
  return name === 'root' || name === '0';
}

export interface RunEntry {
  readonly stage: DockerStage;
  readonly instruction: DockerInstruction;
  readonly script: ShellScript;
}

const scripts = new WeakMap<DockerfileDocument, RunEntry[]>();

/** Every shell-form RUN of the document with its commands (read once per document). */
export function runEntries(doc: DockerfileDocument): readonly RunEntry[] {
  const cached = scripts.get(doc);
  if (cached) return cached;
  const out: RunEntry[] = [];
  for (const stage of doc.stages) {
    for (const ins of stage.instructions) {
      if (ins.keyword !== 'RUN') continue;
      const script = runScript(doc, ins);
      if (script) out.push({ stage, instruction: ins, script });
    }
  }
  scripts.set(doc, out);
  return out;
}

/** The range of a span of offsets in the document. */
export function spanRange(doc: DockerfileDocument, start: number, end: number): Range {
  return doc.lines.range(start, end);
}

/** Range of an instruction keyword (`ADD`, `EXPOSE`...). */
export function keywordRange(doc: DockerfileDocument, ins: DockerInstruction): Range {
  const start = ins.range.start.offset;
  return doc.lines.range(start, start + ins.keyword.length);
}
