import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './package-verification-disabled.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: [
          'FROM python:3.12-slim',
          'ENV NODE_TLS_REJECT_UNAUTHORIZED=1 PIP_TRUSTED_HOST= GIT_SSL_NO_VERIFY=false',
          'RUN pip install --index-url https://pypi.internal/simple --cert /etc/ssl/ca.pem app',
          'RUN npm config set strict-ssl true && npm ci --strict-ssl=true && git config --global http.sslVerify true',
          'RUN apk add --no-cache curl && echo "--allow-untrusted" > /tmp/x',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        name: 'flags are removed',
        code: [
          'FROM python:3.12-slim',
          'RUN pip install --trusted-host pypi.internal -r requirements.txt \\',
          ' && python3 -m pip install --trusted-host=files.internal extra',
          'RUN npm ci --strict-ssl=false && yarn install --no-strict-ssl && npm i --strict-ssl false',
          'RUN apk add --allow-untrusted ./local.apk && apt-get install -y --allow-unauthenticated x',
          'RUN apt-get -o Acquire::https::Verify-Peer=false update && git -c http.sslVerify=false clone https://g/x',
          'RUN NODE_TLS_REJECT_UNAUTHORIZED=0 npm ci',
          '',
        ].join('\n'),
        errors: [
          { line: 2, message: 'pip --trusted-host installs from a host without TLS verification' },
          { line: 3, message: /pip --trusted-host/ },
          { line: 4, message: 'npm --strict-ssl=false turns off TLS verification for the registry' },
          { line: 4, message: /yarn --no-strict-ssl/ },
          { line: 4, message: /npm --strict-ssl false/ },
          { line: 5, message: /apk --allow-untrusted/ },
          { line: 5, message: /apt-get --allow-unauthenticated/ },
          { line: 6, message: /Verify-Peer=false/ },
          { line: 6, message: /git -c http.sslVerify=false/ },
          {
            line: 7,
            message: 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns off certificate or package verification',
          },
        ],
        output: [
          'FROM python:3.12-slim',
          'RUN pip install -r requirements.txt \\',
          ' && python3 -m pip install extra',
          'RUN npm ci && yarn install && npm i',
          'RUN apk add ./local.apk && apt-get install -y x',
          'RUN apt-get update && git clone https://g/x',
          'RUN npm ci',
          '',
        ].join('\n'),
      },
      {
        name: 'ENV and ARG: the variable goes',
        code: 'FROM node:20-alpine\nENV NODE_ENV=production NODE_TLS_REJECT_UNAUTHORIZED=0\nARG GIT_SSL_NO_VERIFY=1\nCMD ["node", "."]\n',
        errors: [{ line: 2, message: /ENV NODE_TLS_REJECT_UNAUTHORIZED=0/ }, { line: 3 }],
        output: 'FROM node:20-alpine\nENV NODE_ENV=production\nCMD ["node", "."]\n',
      },
      {
        name: 'ENV over continuation lines keeps the instruction intact',
        code: 'FROM node:20-alpine\nENV NODE_ENV=production \\\n    NODE_TLS_REJECT_UNAUTHORIZED=0\n\nRUN npm ci\nENV A=1 \\\n    PYTHONHTTPSVERIFY=0 \\\n    B=2\n',
        errors: [{ line: 3 }, { line: 7 }],
        output: 'FROM node:20-alpine\nENV NODE_ENV=production\n\nRUN npm ci\nENV A=1 \\\n    B=2\n',
      },
      {
        name: 'config commands: reported only',
        code: 'FROM node:20-alpine\nRUN npm config set strict-ssl false && pip config set global.trusted-host pypi.internal && git config --global http.sslVerify false\n',
        errors: [{ line: 2 }, { line: 2 }, { line: 2 }],
      },
    ],
  },
  { path: 'Dockerfile' },
);
