import { describe, expect, it } from 'vitest';
import { CARET_COLORS, caretColorFor } from './caret-color.ts';

describe('caretColorFor', () => {
  it('gives a person the same palette colour every time', () => {
    expect(caretColorFor('user-abc')).toBe(caretColorFor('user-abc'));
    expect(CARET_COLORS).toContain(caretColorFor('user-abc'));
  });

  it('spreads people over the palette', () => {
    const colors = new Set(Array.from({ length: 40 }, (_, i) => caretColorFor(`user-${i}`)));
    expect(colors.size).toBeGreaterThan(4);
  });
});
