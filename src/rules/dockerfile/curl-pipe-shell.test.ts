import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './curl-pipe-shell.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: 'FROM alpine:3.20\nRUN curl -fsSLo /tmp/i.sh https://e.com/i.sh \\\n && echo "abc  /tmp/i.sh" | sha256sum -c - \\\n && sh /tmp/i.sh\n',
      },
      {
        name: 'parsing JSON is not running code',
        code: "FROM python:3.12\nRUN curl -s https://api/x | python3 -c 'import json,sys; print(1)'\n",
      },
      {
        name: 'unpacking an archive',
        code: 'FROM alpine:3.20\nRUN wget -qO- https://e.com/a.tgz | tar xz -C /opt\n',
      },
      { name: 'quoted text', code: 'FROM alpine:3.20\nRUN echo "curl https://x | sh" > /README\n' },
      {
        name: 'exec form runs no shell pipeline',
        code: 'FROM alpine:3.20\nRUN ["curl", "-o", "/x", "https://x"]\n',
      },
    ],
    invalid: [
      {
        code: 'FROM ubuntu:24.04\nRUN apt-get update && curl -fsSL https://deb.nodesource.com/setup_20.x | bash -\n',
        errors: [{ line: 2, message: 'downloads with curl and pipes the script into bash' }],
      },
      {
        name: 'split over continuation lines, through sudo',
        code: 'FROM ubuntu:24.04\nRUN set -eux; \\\n    wget -qO- \\\n      https://get.example.com \\\n    | sudo sh -s -- --yes\n',
        errors: [{ line: 3, message: /wget and pipes the script into sh/ }],
      },
      {
        name: 'command substitution and process substitution',
        code: 'FROM ubuntu:24.04\nRUN sh -c "$(curl -fsSL https://x/install.sh)"\nRUN bash <(curl -s https://x/i.sh)\n',
        errors: [{ line: 2 }, { line: 3 }],
      },
      {
        name: 'here-document script',
        code: 'FROM ubuntu:24.04\nRUN <<EOF\nset -e\ncurl -fsSL https://x/i.sh | python3\nEOF\n',
        errors: [{ line: 4, message: /into python3/ }],
      },
    ],
  },
  { path: 'Dockerfile' },
);
