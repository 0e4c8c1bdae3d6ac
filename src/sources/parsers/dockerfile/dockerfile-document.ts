import type { BaseDocument } from '../../../core/document.js';
import type { LineIndex, Range } from '../../../core/range.js';

export interface DockerFlag {
  readonly name: string;
  readonly value: string | null;
}

export interface DockerKeyValue {
  readonly name: string;
  readonly value: string | null;
  readonly range: Range;
}

export interface DockerInstruction {
  /** Upper-case keyword: FROM, RUN, USER... */
  readonly keyword: string;
  /** Arguments split like the shell would (flags such as `--chown` excluded). */
  readonly args: readonly string[];
  /** Argument text with line continuations joined. */
  readonly argsText: string;
  readonly flags: readonly DockerFlag[];
  /** For ENV, ARG and LABEL: the declared names and values. */
  readonly properties: readonly DockerKeyValue[];
  readonly range: Range;
  readonly argsRange: Range;
  /** 1-based index of the stage the instruction belongs to; 0 for ARGs before the first FROM. */
  readonly stageIndex: number;
}

export interface DockerBaseImage {
  /** Image reference as written, e.g. `nginx:1.25` or `${BASE}`. */
  readonly raw: string;
  readonly name: string;
  readonly tag: string | null;
  readonly digest: string | null;
  readonly platform: string | null;
  /** The earlier stage this FROM builds on, when it names one instead of an image. */
  readonly stageRef: string | null;
  /** True when the reference uses a build argument and cannot be judged statically. */
  readonly variable: boolean;
  readonly range: Range;
}

export interface DockerStage {
  readonly index: number;
  readonly name: string | null;
  readonly from: DockerBaseImage;
  readonly fromInstruction: DockerInstruction;
  /** Instructions after FROM, in order. */
  readonly instructions: readonly DockerInstruction[];
  /** The last USER of the stage (or inherited from its parent stage), if any. */
  readonly user: { readonly name: string; readonly range: Range } | null;
  readonly last: DockerInstruction;
}

export interface DockerfileDocument extends BaseDocument {
  readonly kind: 'dockerfile';
  readonly lines: LineIndex;
  readonly stages: readonly DockerStage[];
  readonly finalStage: DockerStage | null;
  readonly instructions: readonly DockerInstruction[];
  /** The escape character (`\\` unless a `# escape=` parser directive changes it). */
  readonly escapeChar?: string;
}

declare module '../../../core/document.js' {
  interface DocumentKinds {
    dockerfile: DockerfileDocument;
  }
}
