import {
  addDays,
  DEMO_COMPANIES_PER_TOWN,
  demoCompanyKey,
  demoTowns,
  demoTradeOf,
  isValidSiret,
  seedId,
} from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import type { AgreementParty, Audience } from '../generated/resolvers.ts';
import { daysBetween, MAX_HOURS_A_DAY } from '../rules/agreement.ts';
import type { CommitmentKind } from '../rules/charter.ts';

/**
 * Demonstration data, NOT facts: invented companies, SIRET numbers, communes, commitments, offers and
 * actions, so that a newcomer sees a living network across the five departments. Every row it writes
 * has `demonstration = true` and every invented company name ends with "(démo)".
 * Deterministic: the same day gives the same data.
 */

/** A valid SIRET (Luhn) for invented company number `n`: 9 then the number, then a check digit. */
export function demoSiret(n: number): string {
  const body = `9${String(n).padStart(12, '0')}`;
  const check = [...'0123456789'].find((digit) => isValidSiret(`${body}${digit}`));
  if (check === undefined) throw new Error('unreachable: one check digit always fits');
  return `${body}${check}`;
}

export interface DemoCompany {
  key: string;
  name: string;
  sector: string;
  nafCode: string;
  communeCode: string;
  romeCodes: string[];
}

/** Twenty towns × two trades each: forty invented companies spread over the five departments. */
export const demoCompanies: DemoCompany[] = demoTowns.flatMap(([communeCode, town], i) =>
  Array.from({ length: DEMO_COMPANIES_PER_TOWN }, (_, j) => {
    const trade = demoTradeOf(i, j);
    return {
      key: demoCompanyKey(communeCode, j),
      name: `${trade.label} ${town} (démo)`,
      sector: trade.sector,
      nafCode: trade.naf,
      communeCode,
      romeCodes: trade.trades.map(([rome]) => rome),
    };
  }),
);

const themeKinds: CommitmentKind[] = [
  'PARENT_ACTION',
  'SPONSORSHIP',
  'COMPANY_VISIT',
  'TRAINING_COOPERATION',
  'STUDENT_INTERNSHIP',
  'ADULT_IMMERSION',
  'TEACHER_DEVELOPMENT',
  'CLASS_HOSTING',
  'FORUM',
  'DIPLOMA_CEREMONY',
  'SCHOOL_INTERVENTION',
  'JOB_OFFER_POSTING',
];

/** A valid set of commitments for company number `n`: one or two of the scheme, one or two themes. */
export function demoCommitments(n: number): CommitmentKind[] {
  const scheme: CommitmentKind[] =
    n % 3 === 0
      ? ['AMBASSADOR_NETWORK', 'IMMERSION_HOSTING']
      : n % 3 === 1
        ? ['AMBASSADOR_NETWORK']
        : ['IMMERSION_HOSTING'];
  const first = themeKinds[n % themeKinds.length]!;
  const second = themeKinds[(n * 5 + 3) % themeKinds.length]!;
  return [...scheme, ...new Set([first, second])];
}

/**
 * Signature dates spread over the last two years, so that most charters are in force, a few expire
 * within 90 days, and a few have expired.
 */
export const demoSignedOn = (n: number, today: string) => addDays(today, -((n * 53) % 790) - 1);

export { demoReferentId } from '@dm/shared';

/** A day at a given hour, as an instant (UTC hours: near enough for invented data). */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * The immersion offers of the demonstration companies: one or two of their trades each, published over the
 * fourteen months before `today` (after their charter was signed), so that periods have offers too.
 */
export function demoOffers(today: string) {
  return demoCompanies.flatMap((d, n) =>
    d.romeCodes.slice(0, 1 + (n % 2)).map((romeCode, j) => {
      const commune = communes.get(d.communeCode)!;
      const signedOn = demoSignedOn(n, today);
      const earliest = addDays(today, -(20 + ((n * 29 + j * 11) % 400)));
      const publishedOn = earliest > signedOn ? earliest : addDays(signedOn, 7) > today ? today : addDays(signedOn, 7);
      return {
        id: seedId('offer', `${d.key}:${romeCode}`),
        companyId: seedId('company', d.key),
        romeCode,
        title: `Découverte du métier : ${metiers.get(romeCode)!.label} (démo)`,
        description: 'Démonstration : quelques jours pour découvrir le métier aux côtés d’un professionnel.',
        places: 2 + ((n + j) % 4),
        durationDays: 3 + (n % 3),
        audiences: (n % 2 === 0
          ? ['COLLEGE_PUPIL', 'LYCEE_PUPIL']
          : ['JOB_SEEKER', 'CAREER_CHANGER', 'STUDENT']) satisfies Audience[],
        communeCode: commune.code,
        departmentCode: commune.departmentCode,
        latitude: commune.latitude,
        longitude: commune.longitude,
        demonstration: true,
        publishedAt: at(publishedOn, 9),
      };
    }),
  );
}

/**
 * Requests on the demonstration offers since they were published, and what followed: accepted ones (never more
 * than the places), declined, expired unanswered after 30 days, recent ones pending; an agreement for each
 * accepted request, validated before its first day and signed by the beneficiary and the company; an assessment
 * after the last day of those that ended (one in seven did not take place). Requesters are invented adults
 * (`(démo)`, addresses under `.invalid`). Only on `offerIds` when given.
 */
export function demoImmersions(today: string, offerIds?: ReadonlySet<string>) {
  const requests: {
    id: string;
    offerId: string;
    companyId: string;
    status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED';
    firstName: string;
    lastName: string;
    email: string;
    emailKey: string;
    category: Audience;
    minor: false;
    message: string;
    createdAt: Date;
    answeredAt: Date | null;
    answeredBy: string | null;
    remindedAt: Date | null;
    expiredAt: Date | null;
  }[] = [];
  const agreements: {
    id: string;
    requestId: string;
    offerId: string;
    companyId: string;
    status: 'VALIDATED' | 'SIGNED' | 'READY_TO_SIGN';
    startsOn: string;
    endsOn: string;
    schedule: string;
    objectives: string;
    beneficiaryFirstName: string;
    beneficiaryLastName: string;
    beneficiaryEmail: string;
    beneficiaryMinor: false;
    tutorName: string;
    tutorJobTitle: string;
    tutorEmail: string;
    createdAt: Date;
    sentAt: Date;
    validatedAt: Date | null;
  }[] = [];
  const signatories: {
    agreementId: string;
    party: AgreementParty;
    name: string;
    email: string;
    signedAt: Date | null;
  }[] = [];
  const assessments: {
    agreementId: string;
    tookPlace: boolean;
    hoursDone: number;
    skillsObserved: string[];
    comment: string;
    recordedAt: Date;
  }[] = [];
  /** Places held (pending and accepted requests), by offer. */
  const taken = new Map<string, number>();

  demoOffers(today).forEach((offer, o) => {
    if (offerIds && !offerIds.has(offer.id)) return;
    const publishedOn = offer.publishedAt.toISOString().slice(0, 10);
    const span = daysBetween(publishedOn, today) - 3;
    if (span < 1) return;
    let held = 0;
    for (let r = 0; r < 2 + (o % 4); r++) {
      const createdOn = addDays(publishedOn, 2 + ((o * 7 + r * 31) % span));
      const age = daysBetween(createdOn, today) - 1;
      const key = `${o}.${r}`;
      let status: (typeof requests)[number]['status'] =
        age < 30 && (o + r) % 3 === 0
          ? 'PENDING'
          : (o + r) % 4 === 0
            ? 'DECLINED'
            : (o + r) % 4 === 1 && age > 30
              ? 'EXPIRED'
              : 'ACCEPTED';
      if ((status === 'ACCEPTED' || status === 'PENDING') && held + 1 >= offer.places) status = 'DECLINED';
      if (status === 'PENDING' && age >= 30) status = 'EXPIRED';
      if (status === 'ACCEPTED' || status === 'PENDING') held++;
      const answeredOn = addDays(createdOn, 1 + ((o + r) % 6));
      const answered = (status === 'ACCEPTED' || status === 'DECLINED') && answeredOn <= today;
      if (status === 'ACCEPTED' && !answered) status = 'PENDING';
      const email = `immersion.${key}@demo.destination-metier.invalid`;
      const firstName = ['Yanis', 'Clara', 'Noah', 'Eva', 'Malo', 'Rose'][(o + r) % 6]!;
      const lastName = `Démo ${key}`;
      const id = seedId('immersion-request', key);
      requests.push({
        id,
        offerId: offer.id,
        companyId: offer.companyId,
        status,
        firstName,
        lastName,
        email,
        emailKey: email,
        category: offer.audiences[offer.audiences.length === 2 ? 1 : r % offer.audiences.length]!,
        minor: false,
        message: 'Démonstration : je souhaite découvrir ce métier avant de choisir ma formation.',
        createdAt: at(createdOn, 10),
        answeredAt: answered ? at(answeredOn, 15) : null,
        answeredBy: answered ? 'demo' : null,
        remindedAt: status !== 'ACCEPTED' && !answered && age > 7 ? at(addDays(createdOn, 7), 10) : null,
        expiredAt: status === 'EXPIRED' ? at(addDays(createdOn, 30), 10) : null,
      });
      if (status !== 'ACCEPTED') continue;
      const startsOn = addDays(answeredOn, 14);
      const endsOn = addDays(startsOn, offer.durationDays - 1);
      const validatedOn = addDays(startsOn, -3);
      const agreementId = seedId('immersion-agreement', key);
      const agreementStatus = validatedOn <= today ? 'VALIDATED' : (o + r) % 2 === 0 ? 'SIGNED' : 'READY_TO_SIGN';
      const tutor = { name: `Tuteur ${o} (démo)`, email: `tuteur.${o}@demo.destination-metier.invalid` };
      agreements.push({
        id: agreementId,
        requestId: id,
        offerId: offer.id,
        companyId: offer.companyId,
        status: agreementStatus,
        startsOn,
        endsOn,
        schedule: 'Démonstration : du lundi au vendredi, de 9 h à 12 h et de 13 h 30 à 17 h',
        objectives: 'Démonstration : découvrir les gestes du métier et confirmer un projet de formation.',
        beneficiaryFirstName: firstName,
        beneficiaryLastName: lastName,
        beneficiaryEmail: email,
        beneficiaryMinor: false,
        tutorName: tutor.name,
        tutorJobTitle: `${metiers.get(offer.romeCode)!.label} (démo)`,
        tutorEmail: tutor.email,
        createdAt: at(addDays(answeredOn, 1), 11),
        sentAt: at(addDays(answeredOn, 1), 12),
        validatedAt: agreementStatus === 'VALIDATED' ? at(validatedOn, 16) : null,
      });
      const signed = agreementStatus !== 'READY_TO_SIGN';
      signatories.push(
        {
          agreementId,
          party: 'BENEFICIARY',
          name: `${firstName} ${lastName}`,
          email,
          signedAt: signed ? at(addDays(answeredOn, 2), 18) : null,
        },
        { agreementId, party: 'COMPANY', ...tutor, signedAt: signed ? at(addDays(answeredOn, 3), 9) : null },
      );
      const recordedOn = addDays(endsOn, 2);
      if (agreementStatus === 'VALIDATED' && recordedOn <= today) {
        const tookPlace = (o + r) % 7 !== 3;
        assessments.push({
          agreementId,
          tookPlace,
          hoursDone: tookPlace ? Math.min(7, MAX_HOURS_A_DAY) * daysBetween(startsOn, endsOn) : 0,
          skillsObserved: tookPlace ? ['Ponctualité', 'Curiosité', 'Respect des consignes de sécurité'] : [],
          comment: tookPlace
            ? 'Démonstration : immersion menée à son terme, projet confirmé.'
            : 'Démonstration : immersion annulée par le bénéficiaire.',
          recordedAt: at(recordedOn, 17),
        });
      }
    }
    if (held > 0) taken.set(offer.id, held);
  });
  return { requests, agreements, signatories, assessments, taken };
}
