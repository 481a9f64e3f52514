import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from '../../src/lib/text/closest.ts';

describe('closest', () => {
  it('suggests the option a slip came from', () => {
    expect(closest('wram', ['warm', 'neutral', 'formal', 'firm'])).toBe('warm');
    expect(closest('chanels', ['channels', 'tone'])).toBe('channels');
    expect(closest('no-unkeepable-promise', ['no-unkeepable-promises', 'be-honest'])).toBe('no-unkeepable-promises');
    expect(closest('Facebook', ['x', 'facebook', 'instagram'])).toBe('facebook');
  });
  it('suggests nothing for another word altogether', () => {
    expect(closest('angry', ['warm', 'neutral', 'formal', 'firm'])).toBeUndefined();
    expect(closest('fax', ['x', 'facebook', 'sms'])).toBeUndefined();
    expect(closest('x', [])).toBeUndefined();
  });
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('didYouMean', () => {
  it('starts a note with the suggestion, or gives nothing', () => {
    expect(didYouMean('no-unkeepable-promise', new Set(['no-unkeepable-promises', 'stay-calm']))).toBe('Did you mean "no-unkeepable-promises"? ');
    expect(didYouMean('gone', ['stay-calm'])).toBe('');
  });
});
