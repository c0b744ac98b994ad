import { describe, expect, it } from 'vitest';
import { demoEvents, demoPastEvents } from '../src/seed/demo.ts';

const today = '2026-11-22';

describe('demonstration events', () => {
  it('have registrations within their seats, the small ones full', () => {
    for (const e of demoEvents(today)) {
      if (e.capacity !== undefined) expect(e.registered ?? 0).toBeLessThanOrEqual(e.capacity);
    }
    expect(demoEvents(today).some((e) => e.capacity === 2 && e.registered === 2)).toBe(true);
  });
  it('of the past months were held in every department, with attendance recorded, none after today', () => {
    const past = demoPastEvents(today);
    expect(new Set(past.map((e) => e.communeCode!.slice(0, 2)))).toEqual(new Set(['14', '27', '50', '61', '76']));
    expect(new Set(past.map((e) => e.startsOn.slice(0, 7))).size).toBeGreaterThan(10);
    for (const e of past) {
      expect(e.endsOn < today).toBe(true);
      expect(e.title).toMatch(/\(démo\)$/);
      expect(e.demonstration).toBe(true);
      expect(e.registered ?? 0).toBeLessThanOrEqual(e.capacity!);
      if (e.cancelled) expect(e.registered).toBe(0);
      else {
        expect(e.attended).toBeGreaterThan(0);
        expect(e.attended!).toBeLessThan(e.registered!);
      }
    }
    expect(past.some((e) => e.cancelled)).toBe(true);
    // With the first cafés' one in Caen, a café was held in every department.
    expect(new Set(past.filter((e) => e.kind === 'PARENTS_CAFE').map((e) => e.communeCode!.slice(0, 2)))).toEqual(
      new Set(['27', '50', '61', '76']),
    );
  });
});
