import { describe, expect, it } from 'vitest';
import { dockerfileHandler } from '../../sources/parsers/dockerfile/handler.js';
import { checkSample, ruleTester } from '../../test-support/rule-tester.js';
import rule from './base-image-unpinned.js';

ruleTester(
  rule,
  dockerfileHandler,
  {
    valid: [
      { code: 'FROM node:20.11-alpine3.19\nCMD ["node"]\n' },
      { name: 'digest only', code: 'FROM nginx@sha256:0123456789abcdef\n' },
      { name: 'registry with a port and a tag', code: 'FROM registry.local:5000/team/api:1.4.2\n' },
      {
        name: 'scratch is not an image',
        code: 'FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\n',
      },
      { name: 'earlier stage', code: 'FROM python:3.12-slim AS base\nFROM base AS test\nFROM Base\n' },
      { name: 'build argument', code: 'ARG BASE=node\nFROM ${BASE}\nFROM $BASE:latest\n' },
    ],
    invalid: [
      {
        code: 'FROM node\nCMD ["node"]\n',
        errors: [{ line: 1, message: /has no tag/ }],
      },
      {
        name: 'latest, in any stage',
        code: 'FROM golang:latest AS build\nRUN go build\nFROM alpine:3.20\n',
        errors: [{ line: 1, message: /moving "latest" tag/ }],
      },
      {
        name: 'registry port is not a tag',
        code: 'FROM --platform=linux/amd64 localhost:5000/app\n',
        errors: [{ line: 1 }],
      },
      {
        name: 'the chosen tag replaces latest',
        code: 'FROM node:latest AS build\nFROM node\n',
        options: { tag: '20.11-alpine' },
        errors: [{ line: 1 }, { line: 2 }],
        output: 'FROM node:20.11-alpine AS build\nFROM node:20.11-alpine\n',
      },
      {
        name: 'several images need image=tag pairs',
        code: 'FROM golang AS build\nFROM ghcr.io/acme/base:latest\n',
        options: { tag: 'golang=1.22, ghcr.io/acme/base=2024.05' },
        errors: 2,
        output: 'FROM golang:1.22 AS build\nFROM ghcr.io/acme/base:2024.05\n',
      },
      {
        name: 'a single tag is not applied to different images',
        code: 'FROM golang AS build\nFROM alpine\n',
        options: { tag: '3.20' },
        errors: 2,
      },
    ],
  },
  { path: 'Dockerfile' },
);

describe('docker/base-image-unpinned suggestions', () => {
  it('applies a bare tag only when every unpinned FROM is the same image', () => {
    const { findings } = checkSample(
      rule,
      dockerfileHandler,
      { code: 'FROM golang AS build\nFROM alpine\n', options: { tag: '3.20' } },
      { path: 'Dockerfile' },
    );
    expect(findings.map((f) => f.fix)).toEqual([undefined, undefined]);
  });

  it('shows a placeholder edit until a tag is chosen', () => {
    const { findings } = checkSample(
      rule,
      dockerfileHandler,
      { code: 'FROM node\n' },
      { path: 'Dockerfile' },
    );
    expect(findings[0]?.fix).toMatchObject({
      automatic: false,
      option: 'tag',
      edits: [{ text: ':VERSION' }],
    });
  });
});
