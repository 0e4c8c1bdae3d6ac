import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './base-image-digest.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM node:20.11-alpine@sha256:0123456789abcdef0123456789abcdef\n' },
      { name: 'untagged images are base-image-unpinned findings', code: 'FROM node\nFROM nginx:latest\n' },
      { name: 'stages and scratch', code: 'FROM golang@sha256:00ff AS build\nFROM build\nFROM scratch\n' },
      { name: 'build argument', code: 'ARG TAG=20\nFROM node:${TAG}\n' },
    ],
    invalid: [
      {
        code: 'FROM golang@sha256:00ff AS build\nFROM gcr.io/distroless/static:nonroot\n',
        errors: [{ line: 2, message: /pinned by tag only/, severity: 'info' }],
      },
    ],
  },
  { path: 'Dockerfile' },
);
