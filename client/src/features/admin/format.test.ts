import { describe, expect, it } from 'vitest';
import { formatBytes as bytes, formatDuration as duration, formatLimitValue } from './format.ts';

// Locales put no-break spaces between number and unit; the tests read them as spaces.
const plain = (text: string) => text.replace(/\s/g, ' ');
const formatBytes = (value: number, locale: string) => plain(bytes(value, locale));
const formatDuration = (value: number, locale: string) => plain(duration(value, locale));

describe('administration formats', () => {
  it('writes sizes in binary steps, in the locale’s units', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(4 * 1024 * 1024, 'en')).toBe('4 MB');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(4 * 1024 * 1024, 'fr')).toBe('4 Mo');
  });

  it('writes durations in their largest whole unit', () => {
    expect(formatDuration(14 * 86_400, 'en')).toBe('14 days');
    expect(formatDuration(900, 'en')).toBe('15 minutes');
    expect(formatDuration(3600, 'fr')).toBe('1 heure');
    expect(formatDuration(90, 'en')).toBe('90 seconds');
  });

  it('writes rates with the window', () => {
    const rate = (count: string, window: string) => `${count} per ${window}`;
    const limit = { name: 'x', value: 10, unit: 'count', windowSeconds: 900, envVariable: null } as const;
    expect(formatLimitValue(limit, 'en', rate)).toBe('10 per 15 minutes');
    expect(formatLimitValue({ ...limit, unit: 'bytes', value: 1024, windowSeconds: null }, 'en', rate)).toBe('1 kB');
  });
});
