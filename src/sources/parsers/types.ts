import type { Diagnostic } from '../../core/diagnostic.js';
import type { BaseDocument } from '../../core/document.js';
import type { LineIndex } from '../../core/range.js';

/** A file read from disk (or a test sample), decoded as UTF-8. */
export interface SourceFile {
  /** Path relative to the working directory, forward slashes. Used in findings. */
  readonly path: string;
  /** Absolute path, for resolving includes next to the file. */
  readonly absPath: string;
  readonly text: string;
  readonly lines: LineIndex;
}

/** The only I/O a parser may do: read other files (nginx `include`, my.cnf `!include`...). */
export interface ParseIO {
  /** Reads a file as UTF-8; undefined when it is missing, unreadable, binary or too large. */
  readText(absPath: string): string | undefined;
  /** Absolute paths matching a glob pattern (absolute, or relative to `cwd`). */
  glob(pattern: string, cwd: string): string[];
}

export interface GroupParseOptions {
  /** Extra variable files (`--var-file`), absolute paths. */
  readonly varFiles?: readonly string[];
}

export interface ParseResult {
  readonly documents: BaseDocument[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Everything the engine needs to know about one file kind. Detection is cheap (name first, a
 * content sniff second); parsing turns a file into typed documents for that kind's rules.
 */
export interface FileKindHandler {
  readonly kind: string;
  /** Human label for `plumb rules list` and docs. */
  readonly label: string;
  /** Recognise the file by its path (relative, forward slashes) and base name. */
  byName?(path: string, base: string): boolean;
  /** Recognise the file by its content when the name says nothing (YAML/JSON/conf sniffing). */
  byContent?(text: string, base: string): boolean;
  parse(file: SourceFile, io: ParseIO): ParseResult;
  /**
   * For kinds whose unit is a set of files (a Terraform module is a directory): when present, the
   * engine does not call `parse` per file but hands every file of this kind to one call.
   */
  parseGroup?(files: readonly SourceFile[], io: ParseIO, options: GroupParseOptions): ParseResult;
  /**
   * Splits a group's files (absolute paths) into sets that give the same documents when parsed
   * apart, so several threads can share a large group.
   */
  splitGroup?(absPaths: readonly string[], io: ParseIO): string[][];
  /** Asynchronous one-time setup (e.g. loading a WebAssembly grammar), awaited before parsing. */
  prepare?(): Promise<void>;
  /** Comment markers of the format, so inline `plumb:ignore` is only honoured inside comments. */
  readonly comments: readonly string[];
}

export function parseError(file: SourceFile, message: string, offset = 0): Diagnostic {
  return {
    code: 'parse-error',
    level: 'error',
    target: file.path,
    message,
    range: file.lines.range(offset, offset),
  };
}
