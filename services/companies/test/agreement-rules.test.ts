import { describe, expect, it } from 'vitest';
import {
  cancelTransition,
  daysBetween,
  editTransition,
  minorOn,
  partiesOf,
  rejectTransition,
  requireAcceptedRequest,
  requireGuardian,
  sendTransition,
  signTransition,
  validateAgreementDates,
  validateAssessment,
  validateTransition,
} from '../src/rules/agreement.ts';
import { pdfText, textPdf, wrap } from '../src/pdf/textPdf.ts';

const today = '2026-11-23';
const field = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
};

describe('agreement dates', () => {
  it('fit within the offer’s duration, both ends included', () => {
    expect(daysBetween('2026-12-07', '2026-12-11')).toBe(5);
    expect(() => validateAgreementDates('2026-12-07', '2026-12-11', 5, today)).not.toThrow();
    expect(field(() => validateAgreementDates('2026-12-07', '2026-12-12', 5, today))).toBe('input.endsOn');
  });
  it('start today at the earliest, within a year, and end on or after the first day', () => {
    expect(() => validateAgreementDates(today, today, 1, today)).not.toThrow();
    expect(field(() => validateAgreementDates('2026-11-22', '2026-11-23', 5, today))).toBe('input.startsOn');
    expect(field(() => validateAgreementDates('2027-12-01', '2027-12-01', 5, today))).toBe('input.startsOn');
    expect(field(() => validateAgreementDates('2026-12-07', '2026-12-06', 5, today))).toBe('input.endsOn');
  });
  it('count days across the change to winter time', () => {
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(3);
  });
});

describe('parties', () => {
  it('need a guardian for a minor on the first day, and none for an adult', () => {
    expect(minorOn({ minor: true, birthDate: '2008-12-10' }, '2026-12-09')).toBe(true);
    expect(minorOn({ minor: true, birthDate: '2008-12-10' }, '2026-12-10')).toBe(false);
    expect(minorOn({ minor: true, birthDate: null }, '2026-12-10')).toBe(true);
    expect(field(() => requireGuardian(true, null, 'a@x.fr'))).toBe('input.guardian');
    expect(field(() => requireGuardian(false, { name: 'G', email: 'g@x.fr' }, 'a@x.fr'))).toBe('input.guardian');
    expect(field(() => requireGuardian(true, { name: 'G', email: 'A@x.fr' }, 'a@x.fr'))).toBe('input.guardian.email');
    expect(() => requireGuardian(true, { name: 'G', email: 'g@x.fr' }, 'a@x.fr')).not.toThrow();
  });
  it('are listed in order, the guardian and the prescriber only when there are some', () => {
    expect(partiesOf(true, true)).toEqual(['BENEFICIARY', 'GUARDIAN', 'COMPANY', 'PRESCRIBER']);
    expect(partiesOf(false, false)).toEqual(['BENEFICIARY', 'COMPANY']);
  });
  it('come from an accepted request only', () => {
    expect(field(() => requireAcceptedRequest('PENDING'))).toBe('input.requestId');
    expect(() => requireAcceptedRequest('ACCEPTED')).not.toThrow();
  });
});

describe('agreement statuses', () => {
  it('go out for signature from a draft only', () => {
    expect(sendTransition('DRAFT')).toBe('READY_TO_SIGN');
    expect(() => sendTransition('READY_TO_SIGN')).toThrow();
  });
  it('are signed once per party; the last signature makes it SIGNED', () => {
    expect(signTransition('READY_TO_SIGN', false, 1, 4)).toBe('PARTIALLY_SIGNED');
    expect(signTransition('PARTIALLY_SIGNED', false, 4, 4)).toBe('SIGNED');
    expect(field(() => signTransition('PARTIALLY_SIGNED', true, 2, 4))).toBe('input.token');
    expect(field(() => signTransition('DRAFT', false, 1, 4))).toBe('input.token');
    expect(field(() => signTransition('CANCELLED', false, 1, 4))).toBe('input.token');
  });
  it('void every signature when the terms change after the first one', () => {
    expect(editTransition('DRAFT', 0)).toEqual({ status: 'DRAFT', voidsSignatures: false, resend: false });
    expect(editTransition('PARTIALLY_SIGNED', 2)).toEqual({
      status: 'READY_TO_SIGN',
      voidsSignatures: true,
      resend: true,
    });
    expect(() => editTransition('SIGNED', 4)).toThrow();
    expect(() => editTransition('VALIDATED', 4)).toThrow();
  });
  it('are validated when signed, rejected or cancelled before validation', () => {
    expect(validateTransition('SIGNED')).toBe('VALIDATED');
    expect(() => validateTransition('PARTIALLY_SIGNED')).toThrow();
    expect(rejectTransition('SIGNED')).toBe('REJECTED');
    expect(() => rejectTransition('VALIDATED')).toThrow();
    expect(cancelTransition('DRAFT')).toBe('CANCELLED');
    expect(() => cancelTransition('CANCELLED')).toThrow();
  });
});

describe('the agreement as a PDF', () => {
  it('holds its lines, French accents and parentheses included, on as many pages as needed', () => {
    const lines = ['Représentant légal : Claire (mère)', ...Array.from({ length: 120 }, (_, i) => `Ligne ${i}`)];
    const pdf = textPdf('Convention d’immersion', lines);
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdf.toString('latin1')).toMatch(/\/Count 3 >>/);
    const text = pdfText(pdf);
    expect(text[0]).toBe("Convention d'immersion");
    expect(text).toContain('Représentant légal : Claire (mère)');
    expect(text).toContain('Ligne 119');
  });
  it('wraps long paragraphs at spaces', () => {
    const lines = wrap('mot '.repeat(60).trim(), 40);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ')).toBe('mot '.repeat(60).trim());
  });
});

describe('the assessment', () => {
  const agreement = { status: 'VALIDATED', startsOn: '2026-12-07', endsOn: '2026-12-11' };
  it('comes after the last day, of a validated agreement', () => {
    expect(field(() => validateAssessment(agreement, { tookPlace: true, hoursDone: 30 }, '2026-12-11'))).toBe(
      'input.agreementId',
    );
    expect(() => validateAssessment(agreement, { tookPlace: true, hoursDone: 30 }, '2026-12-12')).not.toThrow();
    expect(
      field(() =>
        validateAssessment({ ...agreement, status: 'SIGNED' }, { tookPlace: true, hoursDone: 1 }, '2026-12-12'),
      ),
    ).toBe('input.agreementId');
  });
  it('counts at most 10 hours a day, and none when the immersion did not take place', () => {
    expect(() => validateAssessment(agreement, { tookPlace: true, hoursDone: 50 }, '2026-12-12')).not.toThrow();
    expect(field(() => validateAssessment(agreement, { tookPlace: true, hoursDone: 51 }, '2026-12-12'))).toBe(
      'input.hoursDone',
    );
    expect(field(() => validateAssessment(agreement, { tookPlace: false, hoursDone: 2 }, '2026-12-12'))).toBe(
      'input.hoursDone',
    );
  });
});
