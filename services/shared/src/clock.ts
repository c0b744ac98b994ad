/** Dates the domain reasons about are calendar days in Normandy. */
const parisDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Europe/Paris as `YYYY-MM-DD`. */
export const todayInParis = (now: Date = new Date()) => parisDay.format(now);

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds calendar years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/** Whole years between a birth date and a day. */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The instant a Paris calendar day starts (summer and winter time alike). */
export function parisMidnight(day: string): Date {
  // Paris is UTC+1 or UTC+2: keep the offset at which this instant is the first of the day in Paris.
  for (const offset of ['+01:00', '+02:00']) {
    const candidate = new Date(`${day}T00:00:00${offset}`);
    if (todayInParis(candidate) === day && todayInParis(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  return new Date(`${day}T00:00:00+01:00`);
}

/** The instant the current month started in Paris. */
export const parisMonthStart = (now: Date = new Date()) => parisMidnight(`${todayInParis(now).slice(0, 7)}-01`);
