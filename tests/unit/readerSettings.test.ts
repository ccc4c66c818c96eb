import { describe, expect, it } from 'vitest';
import { KEYS, READ_MODE_EVENT } from '../../src/client/readerSettings';
import { READ_MODE_EVENT as ISLANDS_LISTEN_FOR } from '../../src/scrolly/readMode';
import { STORAGE_KEYS } from '../../src/site';

// The settings script imports nothing so that it is written into the page; these are the names
// it spells out, which the rest of the site defines.
describe("the Settings script speaks the site's names", () => {
  it('stores under the same keys as STORAGE_KEYS', () => {
    expect(KEYS).toEqual(STORAGE_KEYS);
  });
  it('announces a new reading mode with the event the islands listen for', () => {
    expect(READ_MODE_EVENT).toBe(ISLANDS_LISTEN_FOR);
  });
});
