import { type Database, hashSecret, loadSeedLayers, type SeedLayer, todayInParis } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import { ambassador, cafeRegistration, contactRequest, parentsCafe, referent, seedRun } from '../db/schema.ts';
import { ambassadorDerived } from '../store/ambassadors.ts';
import { demoAmbassadors, demoCafes, demoReferents } from './demo.ts';

const HOUR = 3_600_000;

async function loadDemo(db: Database, today: string, now: Date) {
  await db.insert(referent).values(demoReferents.map((r) => ({ ...r, demonstration: true })));
  const people = demoAmbassadors(today);
  await db
    .insert(ambassador)
    .values(people.map((p) => ({ ...p, emailKey: p.email, demonstration: true, ...ambassadorDerived(p) })));

  const cafes = demoCafes(today);
  await db.insert(parentsCafe).values(
    cafes.map((c) => ({
      id: c.id,
      title: c.title,
      startsAt: c.startsAt,
      endsAt: c.endsAt,
      communeCode: c.communeCode,
      departmentCode: communes.get(c.communeCode)!.departmentCode,
      venueName: c.venueName,
      facilitatorName: c.facilitatorName,
      capacity: c.capacity,
      registeredCount: c.registered,
      cancelledAt: c.cancelled ? now : null,
      demonstration: true,
    })),
  );
  await db.insert(cafeRegistration).values(
    cafes.flatMap((c, i) =>
      Array.from({ length: c.registered }, (_, k) => {
        const email = `parent.${i}.${k}@demo.destination-metier.invalid`;
        return {
          cafeId: c.id,
          status: 'REGISTERED',
          firstName: 'Parent',
          lastName: `Démo ${k + 1}`,
          email,
          emailKey: email,
          tokenHash: hashSecret(email),
        };
      }),
    ),
  );

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
        status: answered ? 'ANSWERED' : expired ? 'EXPIRED' : 'PENDING',
        requesterName: `Élève ${i}-${k} (démo)`,
        requesterEmail: email,
        requesterEmailKey: email,
        requesterRole: 'LYCEE_PUPIL',
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
export const seed = (db: Database, layers: SeedLayer[], now = new Date()) =>
  loadSeedLayers(
    db,
    seedRun,
    layers,
    (tx, layer) => (layer === 'demo' ? loadDemo(tx, todayInParis(now), now) : Promise.resolve()),
    'people',
  );
