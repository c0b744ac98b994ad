import { describe, expect, it } from 'vitest';
import { accessibilityChanges, requireImageUrl, validateLanguages } from '../src/rules/details.ts';
import { validateWhere, whereChanges } from '../src/rules/schedule.ts';

const badInputOn = (field: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('event details', () => {
  it('takes https images only, without credentials', () => {
    expect(requireImageUrl(' https://img.example.org/a b.jpg ', 'f')).toBe('https://img.example.org/a%20b.jpg');
    for (const url of ['http://img.example.org/a.jpg', 'data:image/png;base64,AA', 'https://u:p@img.example.org/', 'x'])
      expect(() => requireImageUrl(url, 'input.imageUrl')).toThrow(badInputOn('input.imageUrl'));
    expect(() => requireImageUrl(`https://img.example.org/${'a'.repeat(500)}`, 'f')).toThrow(badInputOn('f'));
  });

  it('takes ISO 639-1 language codes, in lower case, each once', () => {
    expect(validateLanguages(['FR', ' en ', 'fr'], 'f')).toEqual(['fr', 'en']);
    expect(validateLanguages(null, 'f')).toEqual([]);
    for (const codes of [['xx'], ['fra'], ['fr-FR'], ['']])
      expect(() => validateLanguages(codes, 'input.languages')).toThrow(badInputOn('input.languages'));
    expect(() => validateLanguages(Array(21).fill('fr'), 'f')).toThrow(badInputOn('f'));
  });

  it('changes only the accessibility fields given', () => {
    expect(accessibilityChanges(undefined, 'a')).toEqual({});
    expect(accessibilityChanges({ hearingLoop: true }, 'a')).toEqual({ hearingLoop: true });
    expect(accessibilityChanges({ wheelchairAccessible: null, details: ' ' }, 'a')).toEqual({
      wheelchairAccessible: null,
      accessibilityDetails: null,
    });
  });

  it('holds a hybrid event on site and online', () => {
    const site = { online: false, url: null, communeCode: '14118', venueName: null };
    expect(() => validateWhere({ ...site, hybrid: true, url: 'https://x.org/' })).not.toThrow();
    expect(() => validateWhere({ ...site, hybrid: true })).toThrow(badInputOn('input.url'));
    expect(() => validateWhere({ ...site, hybrid: true, communeCode: null, url: 'https://x.org/' })).toThrow(
      badInputOn('input.communeCode'),
    );
    expect(() =>
      validateWhere({ ...site, online: true, communeCode: null, hybrid: true, url: 'https://x.org/' }),
    ).toThrow(badInputOn('input.hybrid'));
  });

  it('changes where an event is held', () => {
    const onSite = { online: false, hybrid: false, url: null };
    const hybrid = { online: false, hybrid: true, url: 'https://x.org/' };
    expect(whereChanges(onSite, true, 'https://y.org/')).toEqual({ hybrid: true, url: 'https://y.org/' });
    expect(() => whereChanges(onSite, true, null)).toThrow(badInputOn('input.url'));
    expect(() => whereChanges(onSite, undefined, 'https://y.org/')).toThrow(badInputOn('input.url'));
    expect(whereChanges(hybrid, false, null)).toEqual({ hybrid: false, url: null });
    expect(whereChanges(hybrid, undefined, 'https://y.org/')).toEqual({ hybrid: true, url: 'https://y.org/' });
    expect(whereChanges({ online: true, hybrid: false, url: 'https://x.org/' }, undefined, null)).toEqual({});
    expect(() => whereChanges({ online: true, hybrid: false, url: 'https://x.org/' }, true, null)).toThrow(
      badInputOn('input.hybrid'),
    );
  });
});
