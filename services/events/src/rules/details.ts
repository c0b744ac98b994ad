import { badInput, optionalText, requireSafe } from '@dm/shared';
import ISO6391 from 'iso-639-1';

export const MAX_LANGUAGES = 20;
export const MAX_IMAGE_URL_LENGTH = 500;

/**
 * An image shown with an event: an https URL (pages served over https would not show an http one), without
 * credentials in it, of at most 500 characters. BAD_USER_INPUT on `field` otherwise.
 */
export function requireImageUrl(value: string, field: string): string {
  try {
    const url = new URL(requireSafe(value, field).trim());
    const text = url.toString();
    if (url.protocol === 'https:' && !url.username && !url.password && text.length <= MAX_IMAGE_URL_LENGTH) return text;
  } catch {
    // refused below
  }
  throw badInput(field, `This is not an https URL of at most ${MAX_IMAGE_URL_LENGTH} characters`);
}

/** Languages an event is held in: ISO 639-1 codes (case ignored, stored in lower case), each once, at most 20. */
export function validateLanguages(values: readonly string[] | null | undefined, field: string): string[] {
  if (!values) return [];
  if (values.length > MAX_LANGUAGES) throw badInput(field, `At most ${MAX_LANGUAGES} languages`);
  const codes = values.map((v) => v.trim().toLowerCase());
  const unknown = codes.find((code) => !ISO6391.validate(code));
  if (unknown !== undefined)
    throw badInput(field, `${JSON.stringify(unknown.slice(0, 20))} is not an ISO 639-1 language code (fr, en...)`);
  return [...new Set(codes)];
}

export interface AccessibilityInput {
  wheelchairAccessible?: boolean | null;
  hearingLoop?: boolean | null;
  details?: string | null;
}

/** The columns an accessibility input sets: only the fields given (null included), so an update keeps the rest. */
export function accessibilityChanges(input: AccessibilityInput | null | undefined, field: string) {
  if (!input) return {};
  return {
    ...(input.wheelchairAccessible !== undefined ? { wheelchairAccessible: input.wheelchairAccessible } : {}),
    ...(input.hearingLoop !== undefined ? { hearingLoop: input.hearingLoop } : {}),
    ...(input.details !== undefined
      ? { accessibilityDetails: optionalText(input.details, `${field}.details`, 1000) }
      : {}),
  };
}
