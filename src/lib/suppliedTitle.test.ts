import { describe, expect, it } from 'vitest';
import { suppliedTitle } from './suppliedTitle';

describe('suppliedTitle', () => {
  it('brackets what an untitled source is, and names a page known by its address alone', () => {
    expect(suppliedTitle('Untitled in our copy (TASS, 22 December 2025, on a VCIOM poll about AI)')).toBe('[TASS, 22 December 2025, on a VCIOM poll about AI]');
    expect(suppliedTitle('Untitled in our copy (web address: alisa-yandex-gpt)')).toBe('[Page at …/alisa-yandex-gpt]');
    expect(suppliedTitle('Untitled in our copy (CNews Analytics\' review; web address: tsentry_obrabotki_dannyh_2025)')).toBe("[CNews Analytics' review; web address: tsentry_obrabotki_dannyh_2025]");
  });

  it('leaves a published title as it is', () => {
    expect(suppliedTitle('Russia teams up with BRICS to create AI alliance, Putin says')).toBe('Russia teams up with BRICS to create AI alliance, Putin says');
  });
});
