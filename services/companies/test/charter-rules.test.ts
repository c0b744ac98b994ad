import { describe, expect, it } from 'vitest';
import {
  regionSignature,
  reviewTransition,
  assertCanSign,
  charterStatus,
  charterTerm,
  renewal,
  termination,
  validateActionDate,
  validateCommitments,
} from '../src/rules/charter.ts';

const charter = (signedOn: string, expiresOn: string, terminatedOn: string | null = null) => ({
  signedOn,
  expiresOn,
  terminatedOn,
});
const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { code?: string; field?: string } }).extensions;
  }
  return undefined;
};

describe('charter commitments', () => {
  it('needs a regional-scheme commitment', () => {
    expect(fieldOf(() => validateCommitments([{ kind: 'FORUM' }, { kind: 'SPONSORSHIP' }]))).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.commitments',
    });
  });
  it('needs a theme commitment', () => {
    expect(() => validateCommitments([{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'IMMERSION_HOSTING' }])).toThrow(
      /themes/,
    );
  });
  it('refuses the same kind twice', () => {
    expect(() => validateCommitments([{ kind: 'AMBASSADOR_NETWORK' }, { kind: 'FORUM' }, { kind: 'FORUM' }])).toThrow(
      /twice/,
    );
  });
  it('accepts one of each', () => {
    expect(() => validateCommitments([{ kind: 'IMMERSION_HOSTING' }, { kind: 'CLASS_HOSTING' }])).not.toThrow();
  });
});

describe('charter term and status', () => {
  it('runs two years from signature', () => {
    expect(charterTerm('2020-09-09', '2026-11-22')).toEqual({ signedOn: '2020-09-09', expiresOn: '2022-09-09' });
    expect(charterTerm('2024-02-29', '2026-11-22').expiresOn).toBe('2026-02-28');
  });
  it('cannot be signed in the future or before the scheme existed', () => {
    expect(fieldOf(() => charterTerm('2026-11-23', '2026-11-22'))?.field).toBe('input.signedOn');
    expect(() => charterTerm('2019-12-31', '2026-11-22')).toThrow(/before/);
  });
  it('is ACTIVE, then EXPIRING_SOON within 90 days, then EXPIRED after the expiry day', () => {
    const c = charter('2025-03-01', '2027-03-01');
    expect(charterStatus(c, '2026-11-30')).toBe('ACTIVE');
    expect(charterStatus(c, '2026-12-01')).toBe('EXPIRING_SOON'); // 90 days before
    expect(charterStatus(c, '2027-03-01')).toBe('EXPIRING_SOON'); // the expiry day is still covered
    expect(charterStatus(c, '2027-03-02')).toBe('EXPIRED');
  });
  it('is TERMINATED once terminated, whatever the dates', () => {
    expect(charterStatus(charter('2025-03-01', '2027-03-01', '2025-06-01'), '2025-07-01')).toBe('TERMINATED');
  });
  it('refuses a second charter while one is in force, allows it once expired', () => {
    expect(() => assertCanSign(charter('2025-01-01', '2027-01-01'), '2026-11-22')).toThrow(/in force/);
    expect(() => assertCanSign(charter('2020-09-09', '2022-09-09'), '2026-11-22')).not.toThrow();
    expect(() => assertCanSign(null, '2026-11-22')).not.toThrow();
  });
});

describe('renewal and termination', () => {
  it('adds two years to the current expiry', () => {
    expect(renewal({ ...charter('2025-01-10', '2027-01-10'), renewedCount: 0 }, '2026-11-22')).toEqual({
      expiresOn: '2029-01-10',
      renewedCount: 1,
    });
  });
  it('renews a recently expired charter from its old expiry', () => {
    expect(renewal({ ...charter('2024-01-10', '2026-01-10'), renewedCount: 2 }, '2026-11-22').expiresOn).toBe(
      '2028-01-10',
    );
  });
  it('refuses a terminated charter, or one that would still be expired', () => {
    expect(() =>
      renewal({ ...charter('2025-01-10', '2027-01-10', '2025-05-01'), renewedCount: 0 }, '2026-11-22'),
    ).toThrow(/terminated/);
    expect(() => renewal({ ...charter('2020-09-09', '2022-09-09'), renewedCount: 0 }, '2026-11-22')).toThrow(
      /sign a new one/,
    );
  });
  it('terminates once, and not after expiry', () => {
    expect(termination(charter('2025-01-10', '2027-01-10'), '2026-11-22')).toEqual({ terminatedOn: '2026-11-22' });
    expect(() => termination(charter('2025-01-10', '2027-01-10', '2026-01-01'), '2026-11-22')).toThrow(
      /already terminated/,
    );
    expect(() => termination(charter('2020-09-09', '2022-09-09'), '2026-11-22')).toThrow(/expired/);
  });
  it('records actions only within the charter term and not in the future', () => {
    const c = charter('2025-01-10', '2027-01-10');
    expect(() => validateActionDate(c, '2025-06-01', '2026-11-22')).not.toThrow();
    expect(() => validateActionDate(c, '2024-12-31', '2026-11-22')).toThrow(/before/);
    expect(() => validateActionDate(c, '2026-11-23', '2026-11-22')).toThrow(/happened/);
  });
});

describe('charter applications', () => {
  it('are reviewed once, while pending', () => {
    expect(reviewTransition('PENDING', true)).toBe('APPROVED');
    expect(reviewTransition('PENDING', false)).toBe('REJECTED');
    expect(() => reviewTransition('APPROVED', false)).toThrow(/already reviewed/);
  });
  it('are signed by the Région once, not before the agency nor in the future', () => {
    const approved = { awaitingRegion: true, agencySignedOn: '2026-11-10', signedOn: '2026-11-10' };
    expect(regionSignature(approved, '2026-11-12', '2026-11-23')).toBe('2026-11-12');
    expect(() => regionSignature(approved, '2026-11-09', '2026-11-23')).toThrow(/on or after/);
    expect(() => regionSignature(approved, '2026-11-24', '2026-11-23')).toThrow(/future/);
    expect(() => regionSignature({ ...approved, awaitingRegion: false }, '2026-11-12', '2026-11-23')).toThrow(
      /already/,
    );
  });
});
