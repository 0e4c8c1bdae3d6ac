import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './package-upgrade.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --only-upgrade openssl\nRUN yum update -y openssl && apk add --upgrade zlib\n',
      },
      { name: 'builder stage', code: 'FROM debian:12 AS build\nRUN apt-get upgrade -y\nFROM scratch\n' },
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN apt-get update && apt-get -y upgrade \\\n && apt-get dist-upgrade -y\nRUN apk upgrade --no-cache && dnf -y update\n',
        errors: [
          { line: 2, message: 'apt-get upgrade upgrades every package at build time', severity: 'low' },
          { line: 3, message: /dist-upgrade/ },
          { line: 4, message: /apk upgrade/ },
          { line: 4, message: /dnf update/ },
        ],
      },
    ],
  },
  { path: 'Dockerfile' },
);
