import { describe, expect, it } from 'vitest';
import { idLoader } from '../src/loaders.ts';

const a = '00000000-0000-4000-8000-00000000000a';
const b = '00000000-0000-4000-8000-00000000000b';

describe('idLoader', () => {
  it('asks once for the well-formed ids and answers each id in order, null where no row', async () => {
    const asked: string[][] = [];
    const loader = idLoader(async (ids: string[]) => {
      asked.push(ids);
      return ids.filter((id) => id === a).map((id) => ({ id, name: 'A' }));
    });
    const answers = await Promise.all([loader.load(b), loader.load('not-an-id'), loader.load(a)]);
    expect(answers).toEqual([null, null, { id: a, name: 'A' }]);
    expect(asked).toEqual([[b, a]]);
  });
});
