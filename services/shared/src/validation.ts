import { badInput } from './errors.ts';

/** SIREN of La Poste, whose establishments' SIRET follow their own check rule. */
const LA_POSTE_SIREN = '356000000';

/**
 * A SIRET is 14 digits whose Luhn sum is a multiple of 10; La Poste's establishments instead have
 * a plain digit sum that is a multiple of 5 (INSEE's published exception).
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== `${LA_POSTE_SIREN}00000`) {
    const sum = [...siret].reduce((total, d) => total + Number(d), 0);
    return sum % 5 === 0;
  }
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Spaces are allowed as people write them ("123 456 789 00012"); anything else is refused. */
export function requireSiret(value: string, field: string): string {
  const siret = value.replace(/\s+/g, '');
  if (!/^\d{14}$/.test(siret)) throw badInput(field, 'A SIRET has exactly 14 digits');
  if (!isValidSiret(siret)) throw badInput(field, 'This SIRET fails its check digit');
  return siret;
}

/** NAF rév. 2 code as INSEE writes it: "47.11F" (the dot may be omitted). */
export function requireNafCode(value: string, field: string): string {
  const match = /^(\d{2})\.?(\d{2})([A-Z])$/.exec(value.trim().toUpperCase());
  if (!match) throw badInput(field, 'A NAF code looks like 47.11F');
  return `${match[1]}.${match[2]}${match[3]}`;
}

/**
 * Characters no text of the graph may hold: NUL and the other control characters (tab and line breaks
 * aside), the bidirectional overrides and isolates that make a text read otherwise than it is stored
 * ("Trojan Source"), non-characters, and halves of surrogate pairs (which PostgreSQL cannot store).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unsafeCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
/** Characters that show nothing: a name made only of them is empty. */
const invisibleOnly = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

/** Why a text cannot be stored as it is, or null when it can. */
export function unsafeText(text: string): string | null {
  if (/\p{Cs}/u.test(text)) return 'holds a broken character (half of a surrogate pair)';
  const found = unsafeCharacters.exec(text);
  if (found) {
    const code = (found[0].codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0');
    return `holds a control or direction-override character (U+${code})`;
  }
  return null;
}

export function requireSafe(text: string, field: string): string {
  const problem = unsafeText(text);
  if (problem) throw badInput(field, `${field} ${problem}`);
  return text;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export function requireEmail(value: string, field: string): string {
  const email = requireSafe(value, field).trim();
  if (email.length > 254 || !emailPattern.test(email)) throw badInput(field, 'This is not an e-mail address');
  return email;
}

/** Non-empty text within a length, trimmed; refused when it holds unsafe characters or shows nothing. */
export function requireText(value: string, field: string, max: number): string {
  const text = requireSafe(value, field).trim();
  if (!text || invisibleOnly.test(text)) throw badInput(field, `${field} must not be empty`);
  if (text.length > max) throw badInput(field, `${field} must be at most ${max} characters`);
  return text;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return requireText(value, field, max);
}

/** A web address a visitor can open (http or https, at most 500 characters), or BAD_USER_INPUT. */
export function requireHttpUrl(value: string, field: string): string {
  try {
    const url = new URL(requireSafe(value, field).trim());
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.toString().length <= 500) return url.toString();
  } catch {
    // refused below
  }
  throw badInput(field, 'This is not an http(s) URL of at most 500 characters');
}

export function requireIntRange(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(field, `${field} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids of the graph are UUIDs; anything else names nothing. */
export const isUuid = (value: string) => uuidPattern.test(value);

/** An id given to a mutation: BAD_USER_INPUT when it cannot name anything. */
export function requireId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(field, `${field} is not a valid id`);
  return value.toLowerCase();
}

/** The keys of a loader batch that can name a row: anything else is answered `null` without a query. */
export const validIds = (ids: readonly string[]) => ids.filter(isUuid);
