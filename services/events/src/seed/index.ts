import { type Database, loadSeedLayers, type SeedLayer, todayInParis } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import { event, exhibitor, seedRun, speaker } from '../db/schema.ts';
import type { Schedule } from '../rules/schedule.ts';
import { demoEvents } from './demo.ts';
import { factEvents } from './facts.ts';

export { layersFor } from '@dm/shared';

export interface SeedEvent extends Schedule {
  id: string;
  parentId?: string;
  kind: string;
  title: string;
  description?: string;
  communeCode?: string;
  venueName?: string;
  online?: boolean;
  url?: string;
  audiences: string[];
  themes?: string[];
  romeCodes?: string[];
  capacity?: number;
  exhibitors?: string[];
  speakers?: string[];
  demonstration?: boolean;
}

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
      // On site, the commune's department. The seed's online events (the virtual fair for second
      // orientation, run by the agency for the whole region) and the VAE week series are region-wide.
      departmentCode: e.communeCode ? communes.get(e.communeCode)!.departmentCode : null,
      audiences: e.audiences,
      themes: e.themes ?? [],
      romeCodes: e.romeCodes ?? [],
      capacity: e.capacity ?? null,
      demonstration: e.demonstration ?? false,
    })),
  );
  const exhibitors = events.flatMap((e) => (e.exhibitors ?? []).map((companyId) => ({ eventId: e.id, companyId })));
  if (exhibitors.length) await db.insert(exhibitor).values(exhibitors);
  const speakers = events.flatMap((e) => (e.speakers ?? []).map((ambassadorId) => ({ eventId: e.id, ambassadorId })));
  if (speakers.length) await db.insert(speaker).values(speakers);
}

/** Loads the seed layers not loaded yet (see `loadSeedLayers`). */
export const seed = (db: Database, layers: SeedLayer[], today = todayInParis()) =>
  loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => load(tx, layer === 'facts' ? factEvents : demoEvents(today)),
    'events',
  );
