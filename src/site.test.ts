import { describe, expect, it } from 'vitest';
import { normaliseBase, pageTitle, SITE_NAME } from './site';

describe('normaliseBase', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/explainer', '/explainer/'],
    ['/explainer/', '/explainer/'],
    ['explainer', '/explainer/'],
    ['/a/b//', '/a/b/'],
  ])('%j -> %j', (input, expected) => expect(normaliseBase(input)).toBe(expected));
});

describe('pageTitle', () => {
  it('puts the page first and the site name last', () => expect(pageTitle('Glossary')).toBe(`Glossary | ${SITE_NAME}`));
});
