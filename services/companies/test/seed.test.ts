import { isValidSiret } from '@dm/shared';
import { communes, metiers } from '@dm/shared/reference';
import { describe, expect, it } from 'vitest';
import { charterStatus, validateCommitments } from '../src/rules/charter.ts';
import { demoCommitments, demoCompanies, demoSignedOn, demoSiret } from '../src/seed/demo.ts';
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
