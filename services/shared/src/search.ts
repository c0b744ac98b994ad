import { and, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { badInput } from './errors.ts';
import { likeEscape, searchWords } from './text.ts';

/** Search terms are at most this long. */
export const MAX_SEARCH_LENGTH = 200;

/** The folded words of a client's search term, checked; `null` when no term was given. */
export function searchTerm(term: string | null | undefined, field: string): string[] | null {
  if (term === undefined || term === null) return null;
  if (term.length > MAX_SEARCH_LENGTH) throw badInput(field, `search is at most ${MAX_SEARCH_LENGTH} characters`);
  return searchWords(term);
}

/**
 * The rows whose folded search text (a column written with `foldText`) holds every word of the term, so
 * accents and case do not matter. No term: no condition. A term with no letter or digit matches nothing
 * rather than everything.
 */
export function searchCondition(column: PgColumn, term: string | null | undefined, field: string): SQL | undefined {
  const words = searchTerm(term, field);
  if (words === null) return undefined;
  if (words.length === 0) return term?.trim() === '' ? undefined : sql`false`;
  return and(...words.map((word) => sql`${column} like ${`%${likeEscape(word)}%`}`));
}
