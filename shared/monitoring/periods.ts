/**
 * Reporting periods of a measure, from its cadence and dates. Periods follow the calendar
 * (months, quarters January–March…, halves, years) rather than the measure's start date, so
 * every measure of a plan reports on the same periods and the dashboard can compare them; a
 * measure starting mid-quarter reports on that whole quarter.
 */

export const CADENCES = ['monthly', 'quarterly', 'semiAnnual', 'annual'] as const;
export type Cadence = (typeof CADENCES)[number];

/** Months per period of each cadence. */
const MONTHS: Readonly<Record<Cadence, number>> = { monthly: 1, quarterly: 3, semiAnnual: 6, annual: 12 };

/** Days after a period ends before its report is overdue: time to gather the figures. */
export const REPORT_GRACE_DAYS = 15;

/** At most this many periods per measure (ten years of monthly reports). */
export const MAX_PERIODS_PER_MEASURE = 120;

export type Period = {
  /** Stable name of the period: `2026-03`, `2026-Q1`, `2026-H1` or `2026`. */
  key: string;
  /** First and last calendar day, YYYY-MM-DD. */
  start: string;
  end: string;
  /** The day from which a missing report is overdue. */
  due: string;
};

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
/** Month index since year 0, so periods step in whole months without Date arithmetic surprises. */
const monthIndex = (day: string): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
const firstDay = (index: number): string => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-01`;
/** Day 0 of the next month is the last day of this one, leap years included. */
const lastDay = (index: number): string => isoDay(new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)));
const addDays = (day: string, days: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));

function keyOf(cadence: Cadence, index: number): string {
  const year = Math.floor(index / 12);
  const month = index % 12;
  if (cadence === 'monthly') return `${year}-${pad(month + 1)}`;
  if (cadence === 'quarterly') return `${year}-Q${Math.floor(month / 3) + 1}`;
  if (cadence === 'semiAnnual') return `${year}-H${Math.floor(month / 6) + 1}`;
  return String(year);
}

/** How many periods `reportingPeriods` would give, without building them. */
export function periodCount(cadence: Cadence, start: string, end: string): number {
  if (end < start) return 0;
  const size = MONTHS[cadence];
  const first = monthIndex(start) - (monthIndex(start) % size);
  return Math.floor((monthIndex(end) - first) / size) + 1;
}

/**
 * The calendar periods of `cadence` that overlap `start`–`end` (inclusive dates, YYYY-MM-DD),
 * in order; none when the end comes first. At most `MAX_PERIODS_PER_MEASURE`: later ones are
 * left out (the service refuses cadences that would need them).
 */
export function reportingPeriods(cadence: Cadence, start: string, end: string): Period[] {
  const size = MONTHS[cadence];
  const count = Math.min(periodCount(cadence, start, end), MAX_PERIODS_PER_MEASURE);
  const first = monthIndex(start) - (monthIndex(start) % size);
  return Array.from({ length: count }, (_, n) => {
    const index = first + n * size;
    const periodEnd = lastDay(index + size - 1);
    return { key: keyOf(cadence, index), start: firstDay(index), end: periodEnd, due: addDays(periodEnd, REPORT_GRACE_DAYS) };
  });
}

/** The latest period whose report is due on `today` (YYYY-MM-DD), if any. */
export function latestDuePeriod(periods: readonly Period[], today: string): Period | undefined {
  return periods.filter((period) => period.due <= today).at(-1);
}

/** The period `today` falls in, else the latest one due: what a report form opens on. */
export function currentPeriod(periods: readonly Period[], today: string): Period | undefined {
  return periods.find((period) => period.start <= today && today <= period.end) ?? latestDuePeriod(periods, today) ?? periods[0];
}
