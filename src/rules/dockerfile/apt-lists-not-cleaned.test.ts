import { describe, expect, it } from 'vitest';
import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './apt-lists-not-cleaned.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
      },
      {
        name: 'lists on a cache mount',
        code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n',
      },
      {
        name: 'builder stage',
        code: 'FROM debian:12 AS build\nRUN apt-get update\nFROM scratch\nCOPY --from=build /x /x\n',
      },
      { name: 'install without update', code: 'FROM debian:12\nRUN apt-get install -y ./local.deb\n' },
    ],
    invalid: [
      {
        name: 'single line',
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
        errors: [{ line: 2, message: 'apt-get update without removing /var/lib/apt/lists in the same RUN' }],
        output:
          'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      },
      {
        name: 'leading && style',
        code: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean\nUSER app\n',
        errors: [{ line: 2 }],
        output:
          'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl \\\n    && apt-get clean \\\n    && rm -rf /var/lib/apt/lists/*\nUSER app\n',
      },
      {
        name: 'trailing && style',
        code: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl jq\n',
        errors: [{ line: 2 }],
        output:
          'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y \\\n      curl jq && \\\n      rm -rf /var/lib/apt/lists/*\n',
      },
      {
        name: 'ends with ; or a comment: reported, not fixed',
        code: 'FROM debian:12\nRUN apt-get update; apt-get install -y curl;\nRUN apt-get update # refresh\n',
        errors: [{ line: 2 }, { line: 3 }],
      },
    ],
  },
  { path: 'Dockerfile' },
);

describe('docker/apt-lists-not-cleaned fixes', () => {
  it('does not append after `;`, a comment or inside a here-document', () => {
    const code =
      'FROM debian:12\nRUN apt-get update; apt-get install -y curl;\nRUN apt-get update # refresh\nRUN <<EOF\napt-get update\nEOF\n';
    const { findings } = checkSample(rule, dockerfileHandler, { code }, { path: 'Dockerfile' });
    expect(findings.map((f) => [f.range.start.line, f.fix === undefined])).toEqual([
      [2, true],
      [3, true],
      [5, true],
    ]);
  });
});
