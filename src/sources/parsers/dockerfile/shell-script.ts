/**
 * A small, forgiving reader for the shell commands inside a Dockerfile RUN instruction.
 *
 * It is not a shell parser: it splits the instruction's text into simple commands and words the
 * way `/bin/sh` would for the common cases (quotes, escapes, `&&`/`||`/`;`/`|`, redirections,
 * `$(...)`, here-documents), and keeps every word's offsets in the ORIGINAL Dockerfile text so
 * rules can point at a flag and fixes can remove or insert exactly one token. Dockerfile line
 * continuations and the comment lines Docker strips inside them are skipped, so a command that
 * spans lines reads as one. Anything it does not understand degrades to plain words; it never
 * throws and always terminates (every loop step consumes at least one character).
 */
import type { DockerfileDocument, DockerInstruction } from './dockerfile-document.js';

export interface ShellWord {
  /** The word after quote removal and escape processing; `$VAR`, `$(...)` are kept verbatim. */
  readonly value: string;
  /** Offsets of the word in the document text, half-open. */
  readonly start: number;
  readonly end: number;
  /** True when the source text is exactly `value` (no quotes, escapes or line continuations). */
  readonly plain: boolean;
}

export interface ShellOperator {
  /** `&&`, `||`, `|`, `|&`, `;`, `&`, `(`, `)`, or `\n` between lines of a script. */
  readonly op: string;
  readonly start: number;
  readonly end: number;
}

export interface ShellCommand {
  /** Words in order, redirections excluded (`> /dev/null`, `2>&1`...). */
  readonly words: readonly ShellWord[];
  /** Start of the first token and end of the last token (redirections included). */
  readonly start: number;
  readonly end: number;
  /** The operator joining this command to the previous one (null at the start of a script). */
  readonly before: ShellOperator | null;
  /** The operator after this command (null at the end of a script). */
  readonly after: ShellOperator | null;
  /** Commands joined by `|` share a pipeline number. */
  readonly pipeline: number;
}

export interface ShellScript {
  readonly commands: readonly ShellCommand[];
  /** True when (part of) the script came from a here-document body. */
  readonly heredoc: boolean;
}

interface TokenizeOptions {
  /**
   * The Dockerfile escape character (`\` unless a `# escape=` directive says otherwise). When
   * set, the text is an instruction: escape + newline joins lines and comment lines inside a
   * continuation are dropped, as Docker does before the shell sees the text. When null, the
   * text is a script body (a here-document) where newlines separate commands.
   */
  readonly escape: string | null;
  /** Nesting of here-document scripts read so far (bounded, so hostile input cannot recurse deeply). */
  readonly depth?: number;
}

const MAX_HEREDOC_DEPTH = 4;

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);
const KEYWORDS = new Set(['if', 'then', 'elif', 'else', 'do', 'while', 'until', '!', '{', 'time']);
const IGNORED = new Set(['fi', 'done', 'esac', '}', 'for', 'case', 'in', ';;']);
const WRAPPERS: Readonly<Record<string, { withArg: ReadonlySet<string>; positional: number }>> = {
  sudo: { withArg: new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '-T']), positional: 0 },
  doas: { withArg: new Set(['-u', '-C']), positional: 0 },
  env: { withArg: new Set(['-u', '-C', '-S']), positional: 0 },
  exec: { withArg: new Set(['-a']), positional: 0 },
  command: { withArg: new Set(), positional: 0 },
  nohup: { withArg: new Set(), positional: 0 },
  nice: { withArg: new Set(['-n']), positional: 0 },
  time: { withArg: new Set(['-f', '-o']), positional: 0 },
  timeout: { withArg: new Set(['-s', '-k']), positional: 1 },
  gosu: { withArg: new Set(), positional: 1 },
  'su-exec': { withArg: new Set(), positional: 1 },
};

const MAX_SCRIPT = 1_000_000;

/** Splits the text [start, end) of `text` into simple commands. */
export function tokenizeShell(
  text: string,
  start: number,
  end: number,
  options: TokenizeOptions,
): ShellScript {
  const t = new Tokenizer(text, start, Math.min(end, start + MAX_SCRIPT), options.escape, options.depth ?? 0);
  t.run();
  return { commands: t.commands, heredoc: t.usedHeredoc };
}

/**
 * The shell script of a RUN instruction (shell form, here-documents included), or null for the
 * JSON exec form, whose arguments no shell reads.
 */
export function runScript(doc: DockerfileDocument, instruction: DockerInstruction): ShellScript | null {
  const start = instruction.argsRange.start.offset;
  const end = instruction.argsRange.end.offset;
  if (/^\[/.test(doc.text.slice(start, start + 1)) && isJsonArray(instruction.argsText)) return null;
  return tokenizeShell(doc.text, start, end, { escape: doc.escapeChar ?? '\\' });
}

function isJsonArray(s: string): boolean {
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v);
  } catch {
    return false;
  }
}

export interface ResolvedCommand {
  /** Base name of the program, e.g. `curl` for `/usr/bin/curl`. */
  readonly name: string;
  /** Index in `words` of the program word. */
  readonly index: number;
  /** Wrappers the program runs under (`sudo`, `env`, `nohup`...), outermost first. */
  readonly wrappers: readonly { readonly name: string; readonly index: number }[];
  /** The words after the program. */
  readonly args: readonly ShellWord[];
}

/**
 * The program a simple command runs, looking through variable assignments, shell keywords
 * (`if`, `then`, `!`...) and wrappers such as `sudo`, `env` or `nohup`. Null for commands that
 * run nothing we can name (`fi`, `done`, a lone assignment).
 */
export function resolveCommand(cmd: ShellCommand): ResolvedCommand | null {
  const words = cmd.words;
  const wrappers: { name: string; index: number }[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i] as ShellWord;
    const v = w.value;
    if (KEYWORDS.has(v) || /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
      i++;
      continue;
    }
    if (IGNORED.has(v) && wrappers.length === 0) return null;
    const name = basename(v);
    const wrapper = WRAPPERS[name];
    if (wrapper) {
      wrappers.push({ name, index: i });
      i++;
      while (i < words.length) {
        const o = (words[i] as ShellWord).value;
        if (o === '--') {
          i++;
          break;
        }
        if (!o.startsWith('-') || o === '-') break;
        i += wrapper.withArg.has(o) ? 2 : 1;
      }
      i += wrapper.positional;
      continue;
    }
    return { name, index: i, wrappers, args: words.slice(i + 1) };
  }
  return null;
}

/** True when the program is a POSIX-like shell. */
export function isShell(name: string): boolean {
  return SHELLS.has(name);
}

function basename(v: string): string {
  const slash = v.lastIndexOf('/');
  return slash >= 0 ? v.slice(slash + 1) : v;
}

/** Commands grouped by pipeline, in order. */
export function pipelines(script: ShellScript): ShellCommand[][] {
  const out: ShellCommand[][] = [];
  for (const c of script.commands) {
    const last = out[out.length - 1];
    const head = last?.[0];
    if (last && head && head.pipeline === c.pipeline) last.push(c);
    else out.push([c]);
  }
  return out;
}

interface Heredoc {
  readonly word: string;
  readonly stripTabs: boolean;
  /** Words of the command that owns the here-document (filled in as it is read). */
  readonly owner: readonly ShellWord[];
}

class Tokenizer {
  readonly commands: ShellCommand[] = [];
  usedHeredoc = false;
  private i: number;
  private words: ShellWord[] = [];
  private cmdStart = -1;
  private cmdEnd = -1;
  private before: ShellOperator | null = null;
  private pipeline = 0;
  private redirectNext = false;
  private readonly heredocs: Heredoc[] = [];

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
    private readonly escapeChar: string | null,
    private readonly depth: number,
  ) {
    this.i = start;
  }

  run(): void {
    while (this.i < this.end) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      if (c === ' ' || c === '\t' || c === '\r') {
        this.i++;
        continue;
      }
      if (c === '\n') {
        const at = this.i;
        this.i++;
        if (this.heredocs.length > 0) {
          this.finishCommand({ op: '\n', start: at, end: at + 1 });
          this.readHeredocBodies();
          continue;
        }
        this.finishCommand({ op: '\n', start: at, end: at + 1 });
        continue;
      }
      if (c === '#') {
        this.skipComment();
        continue;
      }
      const op = this.operatorAt();
      if (op) {
        this.i = op.end;
        this.finishCommand(op);
        continue;
      }
      if (this.redirectionAt()) continue;
      this.readWord();
    }
    this.finishCommand(null);
  }

  /** Docker line continuation: escape char, optional blanks, newline; then stripped lines. */
  private skipContinuation(): boolean {
    const esc = this.escapeChar ?? '\\';
    if (this.text[this.i] !== esc) return false;
    let j = this.i + 1;
    while (j < this.end && (this.text[j] === ' ' || this.text[j] === '\t' || this.text[j] === '\r')) j++;
    if (j < this.end && this.text[j] !== '\n') return false;
    if (j >= this.end && j < this.text.length && this.text[j] !== '\n') return false;
    j++;
    // Docker drops empty lines and comment lines that follow a continuation (a shell does not).
    while (this.escapeChar !== null) {
      let k = j;
      while (k < this.end && (this.text[k] === ' ' || this.text[k] === '\t' || this.text[k] === '\r')) k++;
      if (k < this.end && (this.text[k] === '\n' || this.text[k] === '#')) {
        const nl = this.text.indexOf('\n', k);
        j = nl === -1 || nl >= this.end ? this.end : nl + 1;
        continue;
      }
      break;
    }
    this.i = Math.max(j, this.i + 1);
    return true;
  }

  private skipComment(): void {
    if (this.escapeChar === null || this.heredocs.length > 0) {
      const nl = this.text.indexOf('\n', this.i);
      this.i = nl === -1 || nl > this.end ? this.end : nl;
      return;
    }
    // In an instruction, Docker has already joined the lines: the comment runs to the end.
    this.i = this.end;
  }

  private operatorAt(): ShellOperator | null {
    const s = this.text.slice(this.i, this.i + 2);
    const at = this.i;
    if (s === '&&' || s === '||' || s === '|&' || s === ';;') return { op: s, start: at, end: at + 2 };
    const c = s[0];
    if (c === '&' && s[1] !== '>') return { op: '&', start: at, end: at + 1 };
    if (c === '|' || c === ';' || c === ')') return { op: c, start: at, end: at + 1 };
    if (c === '(' && this.words.length === 0) return { op: '(', start: at, end: at + 1 };
    return null;
  }

  /** Redirection operators (with an optional fd number before them), and here-documents. */
  private redirectionAt(): boolean {
    const m = /^(?:\d*(?:>>|>&|>\||<&|<>|<<<|<<-?|<|>)|&>>|&>)/.exec(this.text.slice(this.i, this.i + 8));
    if (!m) return false;
    const op = m[0];
    // `<(` and `>(` are process substitutions: words, not redirections.
    if ((op === '<' || op === '>') && this.text[this.i + 1] === '(') return false;
    this.touch(this.i, this.i + op.length);
    this.i += op.length;
    if (op.endsWith('<<') || op.endsWith('<<-')) {
      while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
      const word = this.readWord(true);
      if (word) {
        this.heredocs.push({
          word: word.value,
          stripTabs: op.endsWith('-'),
          owner: this.words,
        });
      }
      return true;
    }
    this.redirectNext = true;
    return true;
  }

  private touch(start: number, end: number): void {
    if (this.cmdStart < 0) this.cmdStart = start;
    this.cmdEnd = Math.max(this.cmdEnd, end);
  }

  /** Reads one word; returns it (also recorded unless it is a redirection target). */
  private readWord(isHeredocTag = false): ShellWord | null {
    if (this.i >= this.end) return null;
    const start = this.i;
    let value = '';
    while (this.i < this.end) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
      if (c === '\\') {
        const next = this.text[this.i + 1];
        if (next === undefined || this.i + 1 >= this.end) {
          value += c;
          this.i++;
          continue;
        }
        if (next === '\n') {
          // Shell line continuation inside a script body.
          this.i += 2;
          continue;
        }
        value += next;
        this.i += 2;
        continue;
      }
      if (c === "'") {
        value += this.readSingleQuoted();
        continue;
      }
      if (c === '"') {
        value += this.readDoubleQuoted();
        continue;
      }
      if (c === '$' && (this.text[this.i + 1] === '(' || this.text[this.i + 1] === '{')) {
        value += this.readBalanced(this.i + 1);
        continue;
      }
      if (c === '`') {
        value += this.readBackticks();
        continue;
      }
      if ((c === '<' || c === '>') && this.text[this.i + 1] === '(' && value === '') {
        value += this.readBalanced(this.i + 1);
        continue;
      }
      if (c === '<' || c === '>' || c === ';' || c === '|' || c === ')' || c === '&') break;
      if (c === '(' && value === '') break;
      value += c;
      this.i++;
    }
    if (this.i === start) {
      // Nothing consumed (a stray character the loop refused): take it as a word on its own.
      value = this.text[this.i] ?? '';
      this.i++;
    }
    const word: ShellWord = {
      value,
      start,
      end: this.i,
      plain: this.text.slice(start, this.i) === value,
    };
    this.touch(start, this.i);
    if (isHeredocTag) return word;
    if (this.redirectNext) {
      this.redirectNext = false;
      return word;
    }
    this.words.push(word);
    return word;
  }

  private readSingleQuoted(): string {
    let value = '';
    this.i++;
    while (this.i < this.end) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      this.i++;
      if (c === "'") return value;
      value += c;
    }
    return value;
  }

  private readDoubleQuoted(): string {
    let value = '';
    this.i++;
    while (this.i < this.end) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      if (c === '"') {
        this.i++;
        return value;
      }
      if (c === '\\') {
        const next = this.text[this.i + 1];
        if (next === '"' || next === '\\' || next === '$' || next === '`') {
          value += next;
          this.i += 2;
          continue;
        }
        if (next === '\n' && this.escapeChar === null) {
          this.i += 2;
          continue;
        }
        value += c;
        this.i++;
        continue;
      }
      if (c === '$' && (this.text[this.i + 1] === '(' || this.text[this.i + 1] === '{')) {
        value += this.readBalanced(this.i + 1);
        continue;
      }
      if (c === '`') {
        value += this.readBackticks();
        continue;
      }
      value += c;
      this.i++;
    }
    return value;
  }

  /** `$(...)`, `${...}`, `<(...)`: kept verbatim (continuations removed), nesting and quotes respected. */
  private readBalanced(openAt: number): string {
    const open = this.text[openAt] as string;
    const close = open === '(' ? ')' : '}';
    let value = this.text.slice(this.i, openAt + 1);
    this.i = openAt + 1;
    let depth = 1;
    let quote: string | null = null;
    while (this.i < this.end && depth > 0) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      value += c;
      this.i++;
      if (quote) {
        if (c === '\\' && quote === '"' && this.i < this.end) {
          value += this.text[this.i] as string;
          this.i++;
        } else if (c === quote) quote = null;
        continue;
      }
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\' && this.i < this.end) {
        value += this.text[this.i] as string;
        this.i++;
      } else if (c === open) depth++;
      else if (c === close) depth--;
    }
    return value;
  }

  private readBackticks(): string {
    let value = '`';
    this.i++;
    while (this.i < this.end) {
      if (this.skipContinuation()) continue;
      const c = this.text[this.i] as string;
      value += c;
      this.i++;
      if (c === '\\' && this.i < this.end) {
        value += this.text[this.i] as string;
        this.i++;
      } else if (c === '`') break;
    }
    return value;
  }

  private finishCommand(after: ShellOperator | null): void {
    this.redirectNext = false;
    if (this.cmdStart >= 0 && this.words.length > 0) {
      this.commands.push({
        words: this.words,
        start: this.cmdStart,
        end: this.cmdEnd,
        before: this.before,
        after,
        pipeline: this.pipeline,
      });
    }
    this.words = [];
    this.cmdStart = -1;
    this.cmdEnd = -1;
    if (after === null) return;
    this.before = after;
    if (after.op !== '|' && after.op !== '|&') this.pipeline++;
  }

  /**
   * After the line that opened here-documents: consume each body up to its terminator. A body
   * is a script when it feeds a shell (`RUN <<EOF` or `RUN bash <<EOF`): its commands are read
   * too; other bodies (file contents, a Python program) are skipped.
   */
  private readHeredocBodies(): void {
    const docs = this.heredocs.splice(0);
    for (const h of docs) {
      const bodyStart = this.i;
      let bodyEnd = this.end;
      let next = this.end;
      let p = this.i;
      while (p < this.end) {
        const nl = this.text.indexOf('\n', p);
        const lineEnd = nl === -1 || nl > this.end ? this.end : nl;
        let line = this.text.slice(p, lineEnd).replace(/\r$/, '');
        if (h.stripTabs) line = line.replace(/^\t+/, '');
        if (line === h.word) {
          bodyEnd = p;
          next = Math.min(this.end, lineEnd + 1);
          break;
        }
        p = lineEnd + 1;
      }
      const ownerCmd =
        h.owner.length > 0
          ? resolveCommand({ words: h.owner, start: 0, end: 0, before: null, after: null, pipeline: 0 })
          : null;
      const feedsShell =
        h.owner.length === 0 ||
        (ownerCmd !== null && isShell(ownerCmd.name) && !ownerCmd.args.some((a) => a.value === '-c'));
      if (feedsShell && bodyEnd > bodyStart && this.depth < MAX_HEREDOC_DEPTH) {
        this.usedHeredoc = true;
        const body = tokenizeShell(this.text, bodyStart, bodyEnd, { escape: null, depth: this.depth + 1 });
        for (const c of body.commands) this.commands.push({ ...c, pipeline: c.pipeline + this.pipeline + 1 });
        this.pipeline += (body.commands[body.commands.length - 1]?.pipeline ?? 0) + 2;
      }
      this.i = next;
    }
  }
}
