/**
 * Folds accents and case so that "herouville" finds "Hérouville-Saint-Clair" and "LEGALLAIS" finds
 * "Legallais". Used both when storing searchable text and when reading a search term.
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim();
}

/** The words of a search term, folded; empty when the term has no letter or digit. */
export const searchWords = (term: string) => foldText(term).split(' ').filter(Boolean);

/** Escapes LIKE wildcards in a folded word. */
export const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);
