import { badInput, connection, decodeCursor, pageSize, searchTerm } from '@dm/shared';
import { type Commune, communes, type Metier, metiers, requireDepartment } from '@dm/shared/reference';

// The reference lists are small and read-only: they are served from memory, sorted once.
const communesByName = [...communes.values()].sort(
  (a, b) => a.folded.localeCompare(b.folded) || a.code.localeCompare(b.code),
);
const metiersByCode = [...metiers.values()].sort((a, b) => a.romeCode.localeCompare(b.romeCode));

const positions = <T>(sorted: T[], keyOf: (item: T) => string) =>
  new Map(sorted.map((item, i) => [keyOf(item), i] as const));
const communePositions = positions(communesByName, (c) => c.code);
const metierPositions = positions(metiersByCode, (m) => m.romeCode);

/**
 * One page of a sorted reference list, as `keysetPage` pages a table: the cursor is a position in the whole
 * list's order, so a cursor taken with another filter continues after its item, and one that names no item
 * of this list (another list's, a forged one) is a BAD_USER_INPUT on `after`, never a restart from the top.
 */
function page<T>(
  sorted: T[],
  position: Map<string, number>,
  keep: (item: T) => boolean,
  keyOf: (item: T) => string,
  first?: number | null,
  after?: string | null,
) {
  const limit = pageSize(first);
  const cursor = decodeCursor(after, 1);
  let from = 0;
  if (cursor) {
    const at = typeof cursor[0] === 'string' ? position.get(cursor[0]) : undefined;
    if (at === undefined) throw badInput('after', 'after is not a cursor of this list');
    from = at + 1;
  }
  const rows: T[] = [];
  for (let i = from; i < sorted.length && rows.length <= limit; i++) {
    const item = sorted[i] as T;
    if (keep(item)) rows.push(item);
  }
  return connection(
    rows,
    limit,
    (item) => [keyOf(item)],
    async () => sorted.filter(keep).length,
    cursor !== undefined,
  );
}

const matchesWords = (folded: string, words: string[]) => words.every((w) => folded.includes(w));

const words = (search: string | null | undefined) => searchTerm(search, 'search') ?? [];

export function listCommunes(
  search: string | null | undefined,
  department: string | null | undefined,
  first?: number | null,
  after?: string | null,
) {
  const wanted = words(search);
  const dept = department ? requireDepartment(department, 'department').code : null;
  return page<Commune>(
    communesByName,
    communePositions,
    (c) => (dept === null || c.departmentCode === dept) && matchesWords(c.folded, wanted),
    (c) => c.code,
    first,
    after,
  );
}

export function listMetiers(search: string | null | undefined, first?: number | null, after?: string | null) {
  const wanted = words(search);
  return page<Metier>(
    metiersByCode,
    metierPositions,
    (m) => matchesWords(m.folded, wanted),
    (m) => m.romeCode,
    first,
    after,
  );
}
