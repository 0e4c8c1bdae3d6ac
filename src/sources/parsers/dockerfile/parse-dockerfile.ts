import { DockerfileParser, type Instruction, type Property } from 'dockerfile-ast';
import type { LineIndex, Range } from '../../../core/range.js';
import type { SourceFile } from '../types.js';
import type {
  DockerBaseImage,
  DockerfileDocument,
  DockerInstruction,
  DockerStage,
} from './dockerfile-document.js';

interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function toRange(lines: LineIndex, r: LspRange): Range {
  return lines.range(
    lines.offsetAt(r.start.line + 1, r.start.character + 1),
    lines.offsetAt(r.end.line + 1, r.end.character + 1),
  );
}

function propertiesOf(instruction: Instruction): Property[] {
  const withProps = instruction as unknown as { getProperties?: () => Property[] };
  return typeof withProps.getProperties === 'function' ? withProps.getProperties() : [];
}

export function parseDockerfile(file: SourceFile): DockerfileDocument {
  const { lines } = file;
  const parsed = DockerfileParser.parse(file.text);
  const instructions: DockerInstruction[] = [];
  const stages: DockerStage[] = [];
  const stageNames = new Map<string, DockerStage>();
  let stageIndex = 0;
  let current: {
    from: DockerBaseImage;
    name: string | null;
    fromInstruction: DockerInstruction;
    body: DockerInstruction[];
  } | null = null;

  const closeStage = () => {
    if (!current) return;
    const users = current.body.filter((i) => i.keyword === 'USER');
    const lastUser = users[users.length - 1];
    const parent = current.from.stageRef ? stageNames.get(current.from.stageRef.toLowerCase()) : undefined;
    const user = lastUser
      ? { name: lastUser.args[0] ?? '', range: lastUser.argsRange }
      : (parent?.user ?? null);
    const stage: DockerStage = {
      index: stageIndex,
      name: current.name,
      from: current.from,
      fromInstruction: current.fromInstruction,
      instructions: current.body,
      user,
      last: current.body[current.body.length - 1] ?? current.fromInstruction,
    };
    stages.push(stage);
    if (stage.name) stageNames.set(stage.name.toLowerCase(), stage);
  };

  for (const ins of parsed.getInstructions()) {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') {
      closeStage();
      stageIndex++;
    }
    const argRanges = ins.getArguments().map((a) => a.getRange());
    const first = argRanges[0];
    const lastArg = argRanges[argRanges.length - 1];
    const range = toRange(lines, ins.getRange());
    const argsRange = first && lastArg ? toRange(lines, { start: first.start, end: lastArg.end }) : range;
    const instruction: DockerInstruction = {
      keyword,
      args: ins.getArguments().map((a) => a.getValue()),
      argsText: ins.getArgumentsContent() ?? '',
      flags: (
        (
          ins as unknown as { getFlags?: () => { getName(): string; getValue(): string | null }[] }
        ).getFlags?.() ?? []
      ).map((f) => ({ name: f.getName(), value: f.getValue() })),
      properties: propertiesOf(ins).map((p) => ({
        name: p.getName(),
        value: p.getValue(),
        range: toRange(lines, p.getRange()),
      })),
      range,
      argsRange,
      stageIndex,
    };
    instructions.push(instruction);
    if (keyword === 'FROM') {
      const from = ins as unknown as {
        getImage(): string | null;
        getImageName(): string | null;
        getImageTag(): string | null;
        getImageDigest(): string | null;
        getBuildStage(): string | null;
        getImageRange(): LspRange | null;
      };
      const raw = from.getImage() ?? instruction.args[0] ?? '';
      const ref = raw.toLowerCase();
      const stageRef = stageNames.has(ref) ? raw : null;
      const imageRange = from.getImageRange();
      const platform = instruction.flags.find((f) => f.name.toLowerCase() === 'platform')?.value ?? null;
      current = {
        from: {
          raw,
          name: from.getImageName() ?? raw,
          tag: from.getImageTag(),
          digest: from.getImageDigest(),
          platform,
          stageRef,
          variable: raw.includes('$'),
          range: imageRange ? toRange(lines, imageRange) : argsRange,
        },
        name: from.getBuildStage(),
        fromInstruction: instruction,
        body: [],
      };
    } else if (current) {
      current.body.push(instruction);
    }
  }
  closeStage();
  return {
    kind: 'dockerfile',
    path: file.path,
    text: file.text,
    lines,
    stages,
    finalStage: stages[stages.length - 1] ?? null,
    instructions,
  };
}
