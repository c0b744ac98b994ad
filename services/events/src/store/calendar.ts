import { communes } from '@dm/shared/reference';
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { EventRow } from '../db/schema.ts';

const utcParts = (d: Date): DateArray => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];
const dayParts = (day: string): DateArray => day.split('-').map(Number) as DateArray;
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** One calendar entry: timed when the time is known, all-day otherwise (never an invented time). */
function entry(row: EventRow): EventAttributes {
  const commune = row.communeCode ? communes.get(row.communeCode) : undefined;
  const location = row.online
    ? (row.url ?? 'En ligne')
    : [row.venueName, commune?.name].filter(Boolean).join(', ') || undefined;
  const note = row.datePrecision === 'PERIOD' ? 'Dates exactes non connues : période indicative.' : undefined;
  const base = {
    uid: `${row.id}@destination-metier`,
    title: row.title,
    description: [row.description, note].filter(Boolean).join('\n\n') || undefined,
    location,
    url: row.url ?? undefined,
    status: row.cancelledAt ? ('CANCELLED' as const) : ('CONFIRMED' as const),
    productId: 'destination-metier/events',
    lastModified: utcParts(row.updatedAt),
  };
  if (row.startsAt && row.endsAt) {
    return {
      ...base,
      start: utcParts(row.startsAt),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcParts(row.endsAt),
      endInputType: 'utc',
      endOutputType: 'utc',
    };
  }
  return { ...base, start: dayParts(row.startsOn), end: dayParts(nextDay(row.endsOn)) };
}

/** An iCalendar document (RFC 5545) for the given events. */
export function icalendar(rows: EventRow[]): string {
  if (rows.length === 0) {
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\nPRODID:destination-metier/events\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';
  }
  const { error, value } = createEvents(rows.map(entry));
  if (error || !value) throw error ?? new Error('calendar generation failed');
  return value;
}
