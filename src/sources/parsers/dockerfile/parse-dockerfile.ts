import { DockerfileParser, type Instruction, type Property } from 'dockerfile-ast';
import type { Diagnostic } from '../../../core/diagnostic.js';
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

/**
 * Lines longer than this are cut before parsing: the AST library slows down sharply on huge
 * lines. Ranges stay exact because they are mapped by line and column onto the original text.
 */
export const MAX_LINE_LENGTH = 65_536;

function clipLongLines(text: string): string {
  if (text.length <= MAX_LINE_LENGTH) return text;
  return text.replace(/[^\n]{65537,}/g, (line) => line.slice(0, MAX_LINE_LENGTH));
}

export function parseDockerfile(file: SourceFile): DockerfileDocument {
  const { lines } = file;
  const parsed = DockerfileParser.parse(clipLongLines(file.text));
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
    // dockerfile-ast re-tokenises the instruction on every call: ask once.
    const argNodes = ins.getArguments();
    const argRanges = argNodes.map((a) => a.getRange());
    const first = argRanges[0];
    const lastArg = argRanges[argRanges.length - 1];
    const range = toRange(lines, ins.getRange());
    const argsRange = first && lastArg ? toRange(lines, { start: first.start, end: lastArg.end }) : range;
    const instruction: DockerInstruction = {
      keyword,
      args: argNodes.map((a) => a.getValue()),
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
    escapeChar: parsed.getEscapeCharacter(),
  };
}

const KNOWN = new Set([
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
]);

/**
 * What makes a parsed Dockerfile unbuildable or suspicious: no FROM, instructions before the
 * first FROM (only ARG may come first), unknown instructions (a template, or not a Dockerfile).
 */
export function dockerfileDiagnostics(file: SourceFile, doc: DockerfileDocument): Diagnostic[] {
  const out: Diagnostic[] = [];
  const diag = (level: Diagnostic['level'], message: string, range: Range): Diagnostic => ({
    code: 'parse-error',
    level,
    target: file.path,
    message,
    range,
  });
  if (doc.instructions.length > 0 && doc.stages.length === 0) {
    out.push(
      diag(
        'error',
        'no FROM instruction: not a buildable Dockerfile',
        doc.instructions[0]?.range ?? file.lines.range(0, 0),
      ),
    );
  }
  for (const ins of doc.instructions) {
    if (ins.stageIndex === 0 && ins.keyword !== 'ARG' && ins.keyword !== 'FROM' && doc.stages.length > 0) {
      out.push(diag('error', `${ins.keyword} before the first FROM (only ARG may come first)`, ins.range));
    }
    if (!KNOWN.has(ins.keyword)) {
      out.push(diag('warning', `unknown instruction "${ins.keyword.slice(0, 40)}"`, ins.range));
    }
    if (out.length >= 20) break;
  }
  if (file.text.length > MAX_LINE_LENGTH) {
    for (let line = 1; line <= file.lines.lineCount && out.length < 20; line++) {
      const length = file.lines.lineEnd(line) - file.lines.lineStart(line);
      if (length > MAX_LINE_LENGTH)
        out.push(
          diag(
            'warning',
            `line ${line} is longer than ${MAX_LINE_LENGTH} characters; the rest was not analysed`,
            file.lines.lineRange(line),
          ),
        );
    }
  }
  return out;
}
