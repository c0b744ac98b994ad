import { badInput, optionalText, requireNafCode, requireText } from '@dm/shared';

/** An IDCC (identifiant de convention collective): up to four digits, written with four (`843` → `0843`). */
export function requireIdcc(value: string, field: string): string {
  const digits = value.trim();
  if (!/^\d{1,4}$/.test(digits) || Number(digits) === 0) throw badInput(field, 'An IDCC has four digits, e.g. 0843');
  return digits.padStart(4, '0');
}

/** A branch's NAF codes: at least one, at most 50, each a NAF rév. 2 code, once each. */
export function requireNafCodes(values: readonly string[], field: string): string[] {
  const codes = [...new Set(values.map((v, i) => requireNafCode(v, `${field}.${i}`)))];
  if (codes.length === 0) throw badInput(field, 'A branch has at least one NAF code');
  if (codes.length > 50) throw badInput(field, 'A branch has at most 50 NAF codes');
  return codes;
}

export interface AgreementTerms {
  signedOn: string;
  expiresOn?: string | null;
  commitments: readonly string[];
}

/** An agreement commits the branch to one to twenty things and cannot expire before it is signed. */
export function validateAgreement(terms: AgreementTerms) {
  if (terms.expiresOn && terms.expiresOn < terms.signedOn)
    throw badInput('input.expiresOn', 'An agreement cannot expire before it is signed');
  const commitments = [
    ...new Set(
      terms.commitments
        .map((c, i) => optionalText(c, `input.commitments.${i}`, 300))
        .filter((c): c is string => c !== null),
    ),
  ];
  if (commitments.length === 0) throw badInput('input.commitments', 'An agreement commits to at least one thing');
  if (commitments.length > 20) throw badInput('input.commitments', 'An agreement lists at most 20 commitments');
  return { signedOn: terms.signedOn, expiresOn: terms.expiresOn ?? null, commitments };
}

/** A branch name: plain text of at most 200 characters. */
export const requireBranchName = (name: string) => requireText(name, 'input.name', 200);
