import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './chmod-world-writable.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: [
          'FROM alpine:3.20',
          'RUN chmod 755 /usr/local/bin/app && chmod -R go-w /app && chmod 1777 /scratch && chmod a+rwxt /tmp2',
          'RUN chmod +w /app/cache && chmod u+rwx,g+rx /app && chmod a+rX /srv && chmod o-w /data',
          'COPY --chmod=0644 app.conf /etc/app.conf',
          'RUN echo "chmod 777 /x" > /notes.txt',
          '',
        ].join('\n'),
      },
    ],
    invalid: [
      {
        code: 'FROM node:20-alpine\nRUN mkdir -p /app/uploads \\\n && chmod -R 777 /app/uploads\n',
        errors: [{ line: 3, message: 'chmod 777 makes files writable by every user' }],
      },
      {
        name: 'symbolic modes and COPY --chmod',
        code: 'FROM alpine:3.20\nRUN chmod a+rwx /opt/app; sudo chmod o+w /etc/app.conf\nCOPY --chmod=666 --chown=1:1 data.db /data/\n',
        errors: [
          { line: 2, message: /a\+rwx/ },
          { line: 2, message: /o\+w/ },
          { line: 3, message: 'COPY --chmod=666 makes files writable by every user' },
        ],
      },
      {
        name: 'the chosen mode replaces each world-writable one',
        code: 'FROM alpine:3.20\nRUN chmod 0777 /srv/www && chmod 755 /bin/x\nCOPY --chmod=777 run.sh /run.sh\n',
        options: { mode: '755' },
        errors: 2,
        output:
          'FROM alpine:3.20\nRUN chmod 755 /srv/www && chmod 755 /bin/x\nCOPY --chmod=755 run.sh /run.sh\n',
      },
    ],
  },
  { path: 'Dockerfile' },
);
