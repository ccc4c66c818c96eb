import { describe, expect, it } from 'vitest';
import { nestedQuotes } from './nestedQuotes';

describe('nestedQuotes', () => {
  it('sets a passage’s own double quotes as single ones, opening and closing', () => {
    expect(nestedQuotes('"Und die wahrscheinlich kritischste Position sind Grafikkarten."')).toBe('‘Und die wahrscheinlich kritischste Position sind Grafikkarten.’');
    expect(nestedQuotes('models seeking “sovereign” or “national” status')).toBe('models seeking ‘sovereign’ or ‘national’ status');
    expect(nestedQuotes('"We have several issues," the president said')).toBe('‘We have several issues,’ the president said');
  });

  it('leaves apostrophes, guillemets and the words alone', () => {
    expect(nestedQuotes('Russia’s «Яндекс» isn’t quoted')).toBe('Russia’s «Яндекс» isn’t quoted');
  });
});
