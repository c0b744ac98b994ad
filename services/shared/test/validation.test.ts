import { describe, expect, it } from 'vitest';
import { addYears, ageOn, todayInParis } from '../src/clock.ts';
import { fieldOfCoercionError } from '../src/errors.ts';
import { decodeCursor, encodeCursor, pageSize } from '../src/pagination.ts';
import { communes, metiers, requireCommune, requireMetier } from '../src/reference/index.ts';
import { foldText, searchWords } from '../src/text.ts';
import { isValidSiret, requireNafCode, requireSiret } from '../src/validation.ts';

describe('SIRET', () => {
  it('accepts real check digits and refuses a wrong one', () => {
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret('73282932000075')).toBe(false);
    expect(isValidSiret('7328293200007')).toBe(false);
  });
  it("follows La Poste's own rule", () => {
    expect(isValidSiret('35600000000015')).toBe(true); // digit sum 20
    expect(isValidSiret('35600000000016')).toBe(false);
  });
  it('names the field and accepts spaces', () => {
    expect(requireSiret('732 829 320 00074', 'input.siret')).toBe('73282932000074');
    try {
      requireSiret('123', 'input.siret');
      expect.unreachable();
    } catch (err) {
      expect((err as { extensions: unknown }).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.siret' });
    }
  });
  it('normalises NAF codes', () => expect(requireNafCode('4711f', 'n')).toBe('47.11F'));
});

describe('reference data', () => {
  it('holds the 2,644 communes of Normandy and ROME v4.60', () => {
    expect(communes.size).toBe(2644);
    expect(requireCommune('14327', 'f').name).toBe('Hérouville-Saint-Clair');
    expect(metiers.size).toBe(1584);
    expect(requireMetier('d1102', 'f').label).toMatch(/Boulanger/);
  });
  it('has no invented centroid for communes without one', () => {
    expect(communes.get('14581')?.latitude).toBeNull();
  });
  it('refuses unknown codes with the field', () => {
    expect(() => requireCommune('75056', 'input.communeCode')).toThrow(/commune of Normandy/);
    expect(() => requireMetier('Z9999', 'input.romeCode')).toThrow(/ROME/);
  });
});

describe('search folding', () => {
  it('ignores accents, case and punctuation', () => {
    expect(foldText('Hérouville-Saint-Clair')).toBe('herouville saint clair');
    expect(searchWords('  LEGALLAIS, Œuvre ')).toEqual(['legallais', 'oeuvre']);
  });
});

describe('pagination', () => {
  it('defaults to 20, refuses above 100 naming first', () => {
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(100)).toBe(100);
    expect(() => pageSize(101)).toThrow(/at most 100/);
    expect(() => pageSize(-1)).toThrow();
  });
  it('round-trips cursors and refuses foreign ones', () => {
    expect(decodeCursor(encodeCursor(['abc', 'id']), 2)).toEqual(['abc', 'id']);
    expect(() => decodeCursor('not-a-cursor', 2)).toThrow(/cursor/);
    expect(() => decodeCursor(encodeCursor(['a']), 2)).toThrow(/cursor/);
  });
});

describe('dates', () => {
  it('adds years and computes ages on calendar days', () => {
    expect(addYears('2020-09-09', 2)).toBe('2022-09-09');
    expect(ageOn('2011-11-23', '2026-11-22')).toBe(14);
    expect(ageOn('2011-11-22', '2026-11-22')).toBe(15);
  });
  it('tells the day in Paris, not in UTC', () => {
    expect(todayInParis(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('coercion errors', () => {
  it('recovers the field from graphql-js messages', () => {
    expect(
      fieldOfCoercionError(
        'Variable "$input" got invalid value "2020-13-01" at "input.signedOn"; Expected type "Date".',
      ),
    ).toBe('input.signedOn');
    expect(fieldOfCoercionError('Variable "$first" got invalid value "x"; Int cannot represent')).toBe('first');
  });
});
