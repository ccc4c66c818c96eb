import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../charts/types';
import { sourceLine } from './storyShare';

const spec = (publishers: string[]) => ({ sources: publishers.map((publisher) => ({ publisher })) }) as unknown as ChartSpec;

describe('a chart image’s source line', () => {
  it('names each publisher once', () => {
    expect(sourceLine(spec(['Interfax', 'Kommersant', 'Kommersant', 'TASS']))).toBe("Russia's AI gamble · Sources: Interfax; Kommersant; TASS");
    expect(sourceLine(spec(['Kommersant', 'Kommersant']))).toBe("Russia's AI gamble · Source: Kommersant");
  });
});
