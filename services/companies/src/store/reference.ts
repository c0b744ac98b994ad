import { badInput, connection, decodeCursor, pageSize, searchWords } from '@dm/shared';
import { type Commune, communes, type Metier, metiers, requireDepartment } from '@dm/shared/reference';

// The reference lists are small and read-only: they are served from memory, sorted once.
const communesByName = [...communes.values()].sort(
  (a, b) => a.folded.localeCompare(b.folded) || a.code.localeCompare(b.code),
);
const metiersByCode = [...metiers.values()].sort((a, b) => a.romeCode.localeCompare(b.romeCode));

function page<T>(
  sorted: T[],
  keep: (item: T) => boolean,
  keyOf: (item: T) => string,
  first?: number | null,
  after?: string | null,
) {
  const limit = pageSize(first);
  const cursor = decodeCursor(after, 1);
  const matching = sorted.filter(keep);
  const start = cursor ? matching.findIndex((item) => keyOf(item) === cursor[0]) + 1 : 0;
  return connection(
    matching.slice(start, start + limit + 1),
    limit,
    (item) => [keyOf(item)],
    async () => matching.length,
    cursor !== undefined,
  );
}

const matchesWords = (folded: string, words: string[]) => words.every((w) => folded.includes(w));

function words(search: string | null | undefined) {
  if (search && search.length > 200) throw badInput('search', 'search is at most 200 characters');
  return search ? searchWords(search) : [];
}

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
    (m) => matchesWords(m.folded, wanted),
    (m) => m.romeCode,
    first,
    after,
  );
}
