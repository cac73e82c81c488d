// The page asks for the test hook and for a first frame with no deadline; a visitor's page never has either.
import { describe, expect, it } from 'vitest';
import { firstFrameDeadline, wantsDebugHook } from '../../src/lib/map/debug-hook.ts';

describe('what the query asks of the map', () => {
  it.each([
    ['', false, undefined],
    ['?firstframe=wait', false, undefined],
    ['?debug', true, undefined],
    ['?debug&firstframe=wait', true, Infinity],
    ['?debug&firstframe=soon', true, undefined],
  ])('%s', (search, hook, deadline) => {
    expect(wantsDebugHook(search)).toBe(hook);
    expect(firstFrameDeadline(search)).toBe(deadline);
  });
});
