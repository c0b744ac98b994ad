import { addDays, isValidSiret, seedId } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import { describe, expect, it } from 'vitest';
import { daysBetween, validateAssessment } from '../src/rules/agreement.ts';
import { charterStatus, validateCommitments } from '../src/rules/charter.ts';
import {
  demoCommitments,
  demoCompanies,
  demoImmersions,
  demoOffers,
  demoSignedOn,
  demoSiret,
} from '../src/seed/demo.ts';
import { FOUNDING_SIGNATURE_DATE, foundingSignatories } from '../src/seed/facts.ts';

describe('seed facts', () => {
  it('are the 18 signatories of the release, Legallais alone with a known commune', () => {
    expect(foundingSignatories).toHaveLength(18);
    expect(new Set(foundingSignatories.map((s) => s.name)).size).toBe(18);
    expect(foundingSignatories.filter((s) => s.communeCode)).toEqual([
      expect.objectContaining({ name: 'Legallais', communeCode: '14327' }),
    ]);
    expect(FOUNDING_SIGNATURE_DATE).toBe('2020-09-09');
  });
});

describe('demonstration layer', () => {
  it('invents valid, distinct SIRETs that no real company has (they start with 9)', () => {
    const sirets = demoCompanies.map((_, n) => demoSiret(n + 1));
    expect(sirets.every(isValidSiret)).toBe(true);
    expect(new Set(sirets).size).toBe(sirets.length);
  });
  it('marks every invented company and uses real communes and ROME codes', () => {
    for (const c of demoCompanies) {
      expect(c.name).toMatch(/\(démo\)$/);
      expect(communes.has(c.communeCode)).toBe(true);
      for (const code of c.romeCodes) expect(metiers.has(code)).toBe(true);
    }
    expect(new Set(demoCompanies.map((c) => communes.get(c.communeCode)!.departmentCode))).toEqual(
      new Set(['14', '27', '50', '61', '76']),
    );
  });
  it('only chooses commitments a charter accepts', () => {
    for (let n = 0; n < 100; n++)
      expect(() => validateCommitments(demoCommitments(n).map((kind) => ({ kind })))).not.toThrow();
  });
  it('spreads signatures so that most charters are in force and some expire soon or have expired', () => {
    const today = '2026-11-22';
    const statuses = demoCompanies.map((_, n) => {
      const signedOn = demoSignedOn(n, today);
      const [y, m, d] = signedOn.split('-');
      return charterStatus({ signedOn, expiresOn: `${Number(y) + 2}-${m}-${d}`, terminatedOn: null }, today);
    });
    expect(statuses.filter((s) => s === 'ACTIVE').length).toBeGreaterThan(20);
    expect(statuses).toContain('EXPIRING_SOON');
    expect(statuses).toContain('EXPIRED');
  });
});

describe('demonstration activity', () => {
  const today = '2026-11-22';
  it('gives each company trades of its sector: ROME families that go with its NAF code', () => {
    // NAF division → ROME families a company of it employs (a bakery bakes and sells, a shipyard builds ships).
    const families: Record<string, string[]> = {
      '01': ['A'],
      '10': ['D', 'H'],
      '25': ['H'],
      '30': ['H', 'I'],
      '43': ['F'],
      '47': ['D'],
      '49': ['N'],
      '56': ['G'],
      '62': ['M'],
      '88': ['K'],
    };
    for (const c of demoCompanies) {
      const allowed = families[c.nafCode.slice(0, 2)];
      expect(allowed, c.nafCode).toBeDefined();
      for (const code of c.romeCodes) expect(allowed, `${c.name}: ${code}`).toContain(code[0]);
    }
  });
  it('publishes offers in the past months, after the charter, never after today', () => {
    const offers = demoOffers(today);
    const days = offers.map((o) => o.publishedAt.toISOString().slice(0, 10));
    expect(days.every((d) => d <= today && d >= addDays(today, -430))).toBe(true);
    expect(new Set(days.map((d) => d.slice(0, 7))).size).toBeGreaterThan(8);
    for (const o of offers) expect(demoCompanies.find((c) => seedId('company', c.key) === o.companyId)).toBeDefined();
  });
  it('makes requests of every outcome, never holding more places than an offer has', () => {
    const { requests, agreements, signatories, assessments, taken } = demoImmersions(today);
    const statuses = new Set(requests.map((r) => r.status));
    expect(statuses).toEqual(new Set(['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED']));
    const offers = new Map(demoOffers(today).map((o) => [o.id, o]));
    for (const [offerId, held] of taken) expect(held).toBeLessThan(offers.get(offerId)!.places);
    for (const r of requests) {
      expect(r.email).toMatch(/\.invalid$/);
      expect(r.lastName).toContain('Démo');
      expect(r.createdAt.toISOString().slice(0, 10) <= today).toBe(true);
      expect(r.createdAt >= offers.get(r.offerId)!.publishedAt).toBe(true);
      if (r.status === 'EXPIRED') expect(r.expiredAt).not.toBeNull();
      if (r.status === 'PENDING') expect(r.createdAt.getTime()).toBeGreaterThan(Date.parse(addDays(today, -31)));
      expect(offers.get(r.offerId)!.audiences).toContain(r.category);
    }
    // Every accepted request has its agreement; validated ones before their first day, assessed after their last.
    expect(agreements).toHaveLength(requests.filter((r) => r.status === 'ACCEPTED').length);
    expect(agreements.filter((a) => a.status === 'VALIDATED').length).toBeGreaterThan(10);
    for (const a of agreements) {
      const offer = offers.get(a.offerId)!;
      expect(a.endsOn >= a.startsOn).toBe(true);
      expect(daysBetween(a.startsOn, a.endsOn)).toBe(offer.durationDays);
      if (a.validatedAt) expect(a.validatedAt.toISOString().slice(0, 10) < a.startsOn).toBe(true);
      expect(signatories.filter((s) => s.agreementId === a.id).map((s) => s.party)).toEqual(['BENEFICIARY', 'COMPANY']);
    }
    expect(assessments.length).toBeGreaterThan(5);
    expect(assessments.some((a) => !a.tookPlace)).toBe(true);
    for (const s of assessments) {
      const a = agreements.find((x) => x.id === s.agreementId)!;
      expect(a.status).toBe('VALIDATED');
      expect(() => validateAssessment(a, s, s.recordedAt.toISOString().slice(0, 10))).not.toThrow();
    }
  });
  it('only writes requests on the offers given (those of a database seeded another day)', () => {
    const one = demoImmersions(today).requests[0]!.offerId;
    const { requests } = demoImmersions(today, new Set([one]));
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.offerId === one)).toBe(true);
  });
});
