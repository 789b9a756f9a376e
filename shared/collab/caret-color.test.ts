import { describe, expect, it } from 'vitest';
import { CARET_COLORS, caretColorAmong, caretColorFor } from './caret-color.ts';

const channels = (hex: string): number[] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16) / 255);
const linear = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** CIE L*a*b* (D65), to measure how far apart two colours look. */
function lab(hex: string): [number, number, number] {
  const [r = 0, g = 0, b = 0] = channels(hex).map(linear);
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

describe('the caret palette', () => {
  it('has twelve colours that white label text reads on at 4.5:1 or more', () => {
    expect(new Set(CARET_COLORS).size).toBe(12);
    for (const color of CARET_COLORS) expect((1.05 / (luminance(color) + 0.05)), color).toBeGreaterThanOrEqual(4.5);
  });

  it('has colours clearly apart from one another', () => {
    for (const [i, a] of CARET_COLORS.entries()) {
      for (const b of CARET_COLORS.slice(i + 1)) {
        const [la, aa, ba] = lab(a);
        const [lb, ab, bb] = lab(b);
        expect(Math.hypot(la - lb, aa - ab, ba - bb), `${a} and ${b}`).toBeGreaterThan(20);
      }
    }
  });
});

describe('caretColorFor', () => {
  it('gives a person the same palette colour every time', () => {
    expect(caretColorFor('user-abc')).toBe(caretColorFor('user-abc'));
    expect(CARET_COLORS).toContain(caretColorFor('user-abc'));
  });
});

describe('caretColorAmong', () => {
  it('keeps a person their own colour while it is free', () => {
    expect(caretColorAmong('user-abc', new Set())).toBe(caretColorFor('user-abc'));
  });

  it('gives the twelve people of a document twelve different colours, whatever their ids', () => {
    for (const batch of [0, 1, 2]) {
      const taken = new Set<string>();
      for (let person = 0; person < 12; person++) taken.add(caretColorAmong(`user-${batch}-${person}`, taken));
      expect(taken.size).toBe(12);
    }
  });

  it('gives someone another colour when another person present holds their own', () => {
    // Two ids with the same own colour: the second joins after the first and gets another.
    const ids = Array.from({ length: 40 }, (_, i) => `member-${i}`);
    const first = ids[0] ?? '';
    const twin = ids.find((id) => id !== first && caretColorFor(id) === caretColorFor(first)) ?? '';
    expect(twin).not.toBe('');
    const held = new Set([caretColorFor(first)]);
    expect(caretColorAmong(twin, held)).not.toBe(caretColorFor(first));
  });

  it('repeats colours only past twelve people', () => {
    expect(caretColorAmong('user-13', new Set(CARET_COLORS))).toBe(caretColorFor('user-13'));
  });
});
