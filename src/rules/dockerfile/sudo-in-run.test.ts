import { describe, expect, it } from 'vitest';
import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './sudo-in-run.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends sudo\nRUN echo "sudo" > /x\n',
      },
      {
        name: 'gosu in the entrypoint is fine',
        code: 'FROM debian:12\nENTRYPOINT ["gosu", "app", "/app"]\n',
      },
    ],
    invalid: [
      {
        name: 'after switching to an unprivileged user: reported, not auto-fixed',
        code: 'FROM ubuntu:24.04\nUSER ubuntu\nRUN sudo apt-get update && \\\n    sudo -E apt-get install -y curl\n',
        errors: [
          { line: 3, message: 'RUN uses sudo apt-get; switch with USER root for this step instead' },
          { line: 4, message: /sudo apt-get/ },
        ],
      },
      {
        name: 'explicitly root: sudo is dropped',
        code: 'FROM ubuntu:24.04 AS base\nUSER root\nFROM base\nRUN sudo apt-get update && DEBIAN_FRONTEND=noninteractive sudo  apt-get install -y curl\n',
        errors: [{ line: 4, message: /redundant/ }, { line: 4 }],
        output:
          'FROM ubuntu:24.04 AS base\nUSER root\nFROM base\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y curl\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);

describe('docker/sudo-in-run fixes', () => {
  it('offers no automatic fix when the step may not run as root', () => {
    const { findings } = checkSample(
      rule,
      dockerfileHandler,
      {
        code: 'FROM ubuntu:24.04\nUSER ubuntu\nRUN sudo apt-get update\nFROM ubuntu:24.04\nRUN sudo -u app id\n',
      },
      { path: 'Dockerfile' },
    );
    expect(findings.map((f) => [f.range.start.line, f.fix?.automatic ?? false])).toEqual([
      [3, false],
      [5, false],
    ]);
  });
});
