import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './apt-no-install-recommends.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n' },
      {
        name: 'builder stages do not ship',
        code: 'FROM debian:12 AS build\nRUN apt-get install -y build-essential\nFROM debian:12-slim\nCOPY --from=build /out /out\n',
      },
      {
        name: 'turned off in apt.conf',
        code: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n',
      },
      {
        name: 'other subcommands',
        code: 'FROM debian:12\nRUN apt-get -o Dpkg::Options::=x update && apt-cache show install\n',
      },
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get -y -o Dpkg::Use-Pty=0 install \\\n      curl ca-certificates \\\n && apt install -y jq\n',
        errors: [
          { line: 3, message: 'apt-get install without --no-install-recommends' },
          { line: 5, message: 'apt install without --no-install-recommends' },
        ],
        output:
          'FROM debian:12\nRUN apt-get update \\\n && DEBIAN_FRONTEND=noninteractive apt-get -y -o Dpkg::Use-Pty=0 install --no-install-recommends \\\n      curl ca-certificates \\\n && apt install --no-install-recommends -y jq\n',
      },
      {
        name: 'stage the final image builds on',
        code: 'FROM ubuntu:24.04 AS base\nRUN apt-get install -qq python3\nFROM base\nCMD ["python3"]\n',
        errors: [{ line: 2 }],
        output:
          'FROM ubuntu:24.04 AS base\nRUN apt-get install --no-install-recommends -qq python3\nFROM base\nCMD ["python3"]\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
