import { describe, expect, it } from 'vitest';
import { commitmentMet, commitmentsMet, followUpTerm, immersionCommitmentKind } from '../src/rules/charter.ts';

const charter = (signedOn: string, expiresOn: string, renewedCount = 0, terminatedOn: string | null = null) => ({
  signedOn,
  expiresOn,
  renewedCount,
  terminatedOn,
});

describe('the term commitments are followed over', () => {
  it('is the two years from the signature while the charter was never renewed', () => {
    expect(followUpTerm(charter('2024-03-10', '2026-03-10'), '2025-01-01')).toEqual({
      from: '2024-03-10',
      to: '2026-03-10',
    });
  });

  it('is the reconduction in progress once it has begun, not before', () => {
    const renewed = charter('2020-09-09', '2024-09-09', 1);
    expect(followUpTerm(renewed, '2022-09-08')).toEqual({ from: '2020-09-09', to: '2022-09-09' });
    expect(followUpTerm(renewed, '2022-09-09')).toEqual({ from: '2022-09-09', to: '2024-09-09' });
    expect(followUpTerm(renewed, '2023-05-01')).toEqual({ from: '2022-09-09', to: '2024-09-09' });
  });

  it('is the last term of a charter that expired or was terminated', () => {
    expect(followUpTerm(charter('2020-09-09', '2024-09-09', 1), '2026-01-01')).toEqual({
      from: '2022-09-09',
      to: '2024-09-09',
    });
    expect(followUpTerm(charter('2020-09-09', '2022-09-09', 0, '2021-06-30'), '2026-01-01')).toEqual({
      from: '2020-09-09',
      to: '2021-06-30',
    });
  });

  it('counts whole years from a 29 February as the database does', () => {
    const leap = charter('2024-02-29', '2028-02-28', 1);
    expect(followUpTerm(leap, '2026-02-28').from).toBe('2024-02-29');
    expect(followUpTerm(leap, '2026-03-01').from).toBe('2026-02-28');
  });
});

describe('whether commitments are met', () => {
  const term = { from: '2024-03-10', to: '2026-03-10' };

  it('meets a commitment with one action within the term, its first and last days included', () => {
    expect(commitmentMet([], term)).toBe(false);
    expect(commitmentMet(['2024-03-10'], term)).toBe(true);
    expect(commitmentMet(['2026-03-10'], term)).toBe(true);
    expect(commitmentMet(['2024-03-09', '2026-03-11'], term)).toBe(false);
  });

  it('meets a charter only when every commitment is met', () => {
    expect(commitmentsMet([{ actionDays: ['2025-01-01'] }, { actionDays: ['2025-06-01', '2025-07-01'] }], term)).toBe(
      true,
    );
    expect(commitmentsMet([{ actionDays: ['2025-01-01'] }, { actionDays: [] }], term)).toBe(false);
    expect(commitmentsMet([], term)).toBe(false);
  });
});

describe('what a hosted immersion counts for', () => {
  it('counts young people for the Immersions scheme and adults seeking a job for adult immersions', () => {
    expect(immersionCommitmentKind('COLLEGE_PUPIL')).toBe('IMMERSION_HOSTING');
    expect(immersionCommitmentKind('STUDENT')).toBe('IMMERSION_HOSTING');
    expect(immersionCommitmentKind('JOB_SEEKER')).toBe('ADULT_IMMERSION');
    expect(immersionCommitmentKind('CAREER_CHANGER')).toBe('ADULT_IMMERSION');
    expect(immersionCommitmentKind('TEACHER')).toBeNull();
  });
});
