import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addPlatformStubs, platformOf } from './lockfilePlatformStubs';

describe('platformOf', () => {
  it.each([
    ['@astrojs/compiler-binding-darwin-arm64', { os: ['darwin'], cpu: ['arm64'] }],
    ['@astrojs/compiler-binding-win32-x64-msvc', { os: ['win32'], cpu: ['x64'] }],
    ['@astrojs/compiler-binding-wasm32-wasi', { cpu: ['wasm32'] }],
    ['left-pad', {}],
  ])('%s', (name, expected) => expect(platformOf(name)).toEqual(expected));
});

describe('package-lock.json', () => {
  it('lists every optional platform package, so `npm ci` accepts it', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
    expect(addPlatformStubs(lock)).toEqual([]);
  });
});
