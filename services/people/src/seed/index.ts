import { type Database, loadSeedLayers, type SeedLayer, todayInParis } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import { ambassador, contactRequest, coordinatorAction, referent, seedRun } from '../db/schema.ts';
import { ambassadorDerived } from '../store/ambassadors.ts';
import { demoAmbassadors, demoContactRequests, demoCoordinatorActions, demoReferents } from './demo.ts';

const HOUR = 3_600_000;

async function loadDemo(db: Database, today: string, now: Date) {
  await db.insert(referent).values(demoReferents.map((r) => ({ ...r, demonstration: true })));
  const people = demoAmbassadors(today);
  await db
    .insert(ambassador)
    .values(people.map((p) => ({ ...p, emailKey: p.email, demonstration: true, ...ambassadorDerived(p) })));

  // Past contact requests, so that response rates and the dashboard show something: answered within
  // hours or days, some still pending, some expired.
  const requests = people.slice(0, 30).flatMap((p, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, k) => {
      const ageHours = 24 * (2 + ((i * 5 + k * 11) % 40));
      const createdAt = new Date(now.getTime() - ageHours * HOUR);
      const answered = (i + k) % 4 !== 0 && ageHours > 12;
      const expired = !answered && ageHours > 30 * 24;
      const email = `demandeur.${i}.${k}@demo.destination-metier.invalid`;
      return {
        ambassadorId: p.id,
        companyId: p.companyId,
        departmentCode: communes.get(p.communeCode)!.departmentCode,
        communeCode: p.communeCode,
        status: answered ? ('ANSWERED' as const) : expired ? ('EXPIRED' as const) : ('PENDING' as const),
        requesterName: `Élève ${i}-${k} (démo)`,
        requesterEmail: email,
        requesterEmailKey: email,
        requesterRole: 'LYCEE_PUPIL' as const,
        minor: false,
        message: 'Démonstration : pourriez-vous me parler de votre métier ?',
        answer: answered ? 'Démonstration : avec plaisir, appelons-nous la semaine prochaine.' : null,
        createdAt,
        answeredAt: answered ? new Date(createdAt.getTime() + (3 + ((i * 7 + k) % 70)) * HOUR) : null,
        remindedAt: !answered && ageHours > 7 * 24 ? new Date(createdAt.getTime() + 7 * 24 * HOUR) : null,
        expiredAt: expired ? new Date(createdAt.getTime() + 30 * 24 * HOUR) : null,
      };
    }),
  );
  await db.insert(contactRequest).values(requests);
}

/**
 * The source documents name no ambassador, referent or café: the facts layer is empty and everything
 * here is demonstration data.
 */
export async function seed(db: Database, layers: SeedLayer[], now = new Date()) {
  await loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => (layer === 'demo' ? loadDemo(tx, todayInParis(now), now) : Promise.resolve()),
    'people',
  );
  // Coordinators' actions came later: a layer of their own, so databases seeded before get them once.
  await loadSeedLayers(
    db,
    seedRun,
    layers.filter((layer) => layer === 'demo').map(() => 'demo:missions' as const),
    async (tx) => {
      await tx.insert(coordinatorAction).values(demoCoordinatorActions(todayInParis(now)));
    },
    'people',
  );
  // Contact requests across every department over fourteen months came later still, for the dashboard's periods.
  await loadSeedLayers(
    db,
    seedRun,
    layers.filter((layer) => layer === 'demo').map(() => 'demo:contacts' as const),
    async (tx) => {
      await tx.insert(contactRequest).values(demoContactRequests(demoAmbassadors(todayInParis(now)), now));
    },
    'people',
  );
}
