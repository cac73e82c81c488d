// When the map paints its first frame: held until the map is complete, with a way out for a failed
// atlas, an image export and a slow load.
import { describe, expect, it } from 'vitest';
import { FIRST_FRAME_DEADLINE_MS, firstFrameReason, type FirstFrameState } from '../../src/lib/map/first-frame.ts';

const loading: FirstFrameState = { loaded: false, placed: false, atlasOn: false, atlasUnavailable: false, forced: false, elapsed: 500 };
const complete: FirstFrameState = { ...loading, loaded: true, placed: true, atlasOn: true };

describe('the first frame', () => {
  it('is held while anything is still loading', () => {
    expect(firstFrameReason(loading)).toBeNull();
    // The land has loaded but the atlas is not on the map yet: a frame now would be land alone.
    expect(firstFrameReason({ ...loading, loaded: true, placed: true })).toBeNull();
    // The atlas is on but its tiles are still coming.
    expect(firstFrameReason({ ...complete, loaded: false })).toBeNull();
  });

  it('is held while labels are still being placed, so no label appears a frame late', () => {
    expect(firstFrameReason({ ...complete, placed: false })).toBeNull();
  });

  it('is painted once the land, the atlas and its labels are all there', () => {
    expect(firstFrameReason(complete)).toBe('complete');
  });

  it('does not wait for an atlas that failed to load, but still waits for the land', () => {
    expect(firstFrameReason({ ...loading, atlasUnavailable: true })).toBeNull();
    expect(firstFrameReason({ ...loading, loaded: true, placed: true, atlasUnavailable: true })).toBe('without atlas');
  });

  it('is painted at once when an image export needs it', () => {
    expect(firstFrameReason({ ...loading, forced: true })).toBe('forced');
  });

  it('is painted at the deadline whatever the map holds, so a slow file never leaves it blank', () => {
    expect(firstFrameReason({ ...loading, elapsed: FIRST_FRAME_DEADLINE_MS - 1 })).toBeNull();
    expect(firstFrameReason({ ...loading, elapsed: FIRST_FRAME_DEADLINE_MS })).toBe('deadline');
    expect(firstFrameReason({ ...loading, elapsed: 100 }, 100)).toBe('deadline');
  });

  it('calls a complete map complete even past the deadline', () => {
    expect(firstFrameReason({ ...complete, elapsed: FIRST_FRAME_DEADLINE_MS * 2 })).toBe('complete');
  });
});
