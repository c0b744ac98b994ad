import { type Database, hashSecret, loadSeedLayers, type SeedLayer, todayInParis } from '@dm/shared';
import { centroidOf, communes } from '@dm/shared/reference';
import { event, exhibitor, registration, seedRun, speaker } from '../db/schema.ts';
import type { Audience, EventKind } from '../generated/resolvers.ts';
import type { Schedule } from '../rules/schedule.ts';
import { demoCafes, demoEvents, demoPastEvents } from './demo.ts';
import { factEvents } from './facts.ts';

export { layersFor } from '@dm/shared';

export interface SeedEvent extends Schedule {
  id: string;
  parentId?: string;
  kind: EventKind;
  title: string;
  description?: string;
  communeCode?: string;
  venueName?: string;
  online?: boolean;
  url?: string;
  audiences: Audience[];
  themes?: string[];
  romeCodes?: string[];
  capacity?: number;
  branchAgreementId?: string;
  recurrence?: 'YEARLY';
  edition?: number;
  exhibitors?: string[];
  speakers?: string[];
  demonstration?: boolean;
  /** A parents' café's facilitator. */
  facilitatorName?: string;
  /** Demonstration registrations to create (confirmed), by people of the event's audiences. */
  registered?: number;
  /** Of those, how many came (checked in at the door); the others did not. Attendance unrecorded when absent. */
  attended?: number;
  cancelled?: boolean;
}

const DAY = 86_400_000;
/** `days` before `start`, or now when that is later (or the start unknown). */
const before = (start: Date | null, days: number) => {
  const now = Date.now();
  return new Date(start ? Math.min(now, start.getTime() - days * DAY) : now);
};

async function load(db: Database, events: SeedEvent[]) {
  // Series before their sessions.
  const ordered = [...events].sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId)));
  await db.insert(event).values(
    ordered.map((e) => ({
      id: e.id,
      parentId: e.parentId ?? null,
      kind: e.kind,
      title: e.title,
      description: e.description ?? null,
      startsAt: e.startsAt,
      endsAt: e.endsAt,
      startsOn: e.startsOn,
      endsOn: e.endsOn,
      datePrecision: e.datePrecision,
      sortAt: e.sortAt,
      endSortAt: e.endSortAt,
      online: e.online ?? false,
      url: e.url ?? null,
      venueName: e.venueName ?? null,
      communeCode: e.communeCode ?? null,
      ...centroidOf(e.communeCode),
      // On site, the commune's department. The seed's online events (the virtual fair for second
      // orientation, run by the agency for the whole region) and the VAE week series are region-wide.
      departmentCode: e.communeCode ? communes.get(e.communeCode)!.departmentCode : null,
      audiences: e.audiences,
      themes: e.themes ?? [],
      romeCodes: e.romeCodes ?? [],
      capacity: e.capacity ?? null,
      facilitatorName: e.facilitatorName ?? null,
      confirmedCount: e.registered ?? 0,
      cancelledAt: e.cancelled ? new Date() : null,
      branchAgreementId: e.branchAgreementId ?? null,
      recurrence: e.recurrence ?? null,
      edition: e.edition ?? null,
      demonstration: e.demonstration ?? false,
    })),
  );
  const registrations = events.flatMap((e, i) =>
    Array.from({ length: e.registered ?? 0 }, (_, k) => {
      // Cafés keep their parents; other events have people of their audiences (adults: a pupil of 18 or more).
      const category = e.kind === 'PARENTS_CAFE' ? 'PARENT' : (e.audiences[k % e.audiences.length] ?? 'PARENT');
      const email = `${category === 'PARENT' ? 'parent' : 'participant'}.${i}.${k}@demo.destination-metier.invalid`;
      const attended = e.attended === undefined ? null : k < e.attended;
      return {
        eventId: e.id,
        status: 'CONFIRMED' as const,
        firstName: category === 'PARENT' ? 'Parent' : 'Participant',
        lastName: `Démo ${k + 1}`,
        email,
        emailKey: email,
        category,
        minor: false,
        tokenHash: hashSecret(email),
        // Registered some days before the event, and never after now.
        createdAt: before(e.startsAt, 8 + (k % 20)),
        emailConfirmedAt: before(e.startsAt, 7),
        attended,
        ticketCode: attended === null ? null : `DEMO-${i}-${k}`,
        checkedInAt: attended && e.startsAt ? new Date(e.startsAt.getTime() + ((k * 7) % 45) * 60_000) : null,
      };
    }),
  );
  if (registrations.length) await db.insert(registration).values(registrations);
  const exhibitors = events.flatMap((e) => (e.exhibitors ?? []).map((companyId) => ({ eventId: e.id, companyId })));
  if (exhibitors.length) await db.insert(exhibitor).values(exhibitors);
  const speakers = events.flatMap((e) => (e.speakers ?? []).map((ambassadorId) => ({ eventId: e.id, ambassadorId })));
  if (speakers.length) await db.insert(speaker).values(speakers);
}

/**
 * Loads the seed layers not loaded yet (see `loadSeedLayers`); the demonstration events of the past months, with
 * their attendance, came later, as a layer of its own.
 */
export async function seed(db: Database, layers: SeedLayer[], today = todayInParis()) {
  await loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => load(tx, layer === 'facts' ? factEvents : [...demoEvents(today), ...demoCafes(today)]),
    'events',
  );
  await loadSeedLayers(
    db,
    seedRun,
    layers.filter((layer) => layer === 'demo').map(() => 'demo:past' as const),
    (tx) => load(tx, demoPastEvents(today)),
    'events',
  );
}
