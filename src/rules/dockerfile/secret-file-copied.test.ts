import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './secret-file-copied.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: [
          'FROM nginx:1.27-alpine',
          'COPY id_rsa.pub /home/app/.authorized',
          'COPY certs/ca.pem certs/fullchain.pem /etc/ssl/certs/',
          'COPY .env.example /app/.env.example',
          'COPY keys.go main.go /src/',
          'COPY --from=build /app/dist /usr/share/nginx/html',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: [
          'FROM node:20-alpine',
          'WORKDIR /app',
          'COPY package.json .npmrc ./',
          'COPY .env ./',
          'COPY certs/server.key certs/server-key.pem /etc/ssl/private/',
          'ADD ~/.ssh/id_ed25519 /root/.ssh/id_ed25519',
          'COPY .aws/credentials /root/.aws/credentials',
          'COPY --chown=app ["secrets/.git-credentials", "/home/app/"]',
          '',
        ].join('\n'),
        errors: [
          { line: 3, message: 'COPY puts a credentials file (.npmrc) into the image' },
          { line: 4, message: /environment file/ },
          { line: 5, message: /private key or key store \(certs\/server.key\)/ },
          { line: 5, message: /private key \(certs\/server-key.pem\)/ },
          { line: 6, message: /SSH private key/ },
          { line: 7, message: /AWS credentials/ },
          { line: 8, message: /\.git-credentials/ },
        ],
      },
    ],
  },
  { path: 'Dockerfile' },
);
