import type { InstanceLimit } from '../../../../shared/schemas/admin.ts';

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** "4 MB", "512 kB": binary steps (1024), the units written the locale's way. */
export function formatBytes(bytes: number, locale: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    // "0 bytes", "512 bytes" but "4 MB": short symbols only where they read well.
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0,
  }).format(value);
}

/** "14 days", "15 min", "1 hr": the largest whole unit, in the locale's words. */
export function formatDuration(seconds: number, locale: string): string {
  const steps = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
    ['second', 1],
  ] as const;
  const [unit, size] = steps.find(([, size]) => seconds >= size && seconds % size === 0) ?? steps[3];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(seconds / size);
}

/**
 * A limit's value as the administrator reads it. Rates are worded by the caller: `window` is the
 * duration ("15 minutes"), `seconds` lets it say "per hour" rather than "per 1 hour".
 */
export function formatLimitValue(
  limit: InstanceLimit,
  locale: string,
  rate: (count: string, window: string, seconds: number) => string,
): string {
  const amount =
    limit.unit === 'bytes'
      ? formatBytes(limit.value, locale)
      : limit.unit === 'seconds'
        ? formatDuration(limit.value, locale)
        : new Intl.NumberFormat(locale).format(limit.value);
  return limit.windowSeconds === null ? amount : rate(amount, formatDuration(limit.windowSeconds, locale), limit.windowSeconds);
}
