import { anonymous, type Identity } from '@dm/shared';
import { describe, expect, it } from 'vitest';
import { canManagePlace, parsePlace, placeCommune, requireFrenchPhone, requireServices } from '../src/rules/places.ts';

const refusal = (field: string) =>
  expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) });

describe('orientation place rules', () => {
  it('writes French numbers the usual way and refuses anything else', () => {
    expect(requireFrenchPhone('0231000000', 'phone')).toBe('02 31 00 00 00');
    expect(requireFrenchPhone('+33 2.31.00.00.00', 'phone')).toBe('02 31 00 00 00');
    expect(requireFrenchPhone('0 800 12 34 56', 'phone')).toBe('08 00 12 34 56');
    for (const bad of ['12345', '00 31 00 00 00', '+44 20 7946 0000', '02 31 00 00 0', 'O231000000']) {
      expect(() => requireFrenchPhone(bad, 'phone'), bad).toThrow(refusal('phone'));
    }
  });

  it('needs a commune of Normandy for every kind but the phone line', () => {
    expect(placeCommune('PHONE_LINE', null, 'c')).toBeNull();
    expect(placeCommune('PHONE_LINE', '14118', 'c')?.name).toBe('Caen');
    expect(() => placeCommune('RECEPTION_DESK', null, 'c')).toThrow(refusal('c'));
    expect(() => placeCommune('LOCAL_RELAY', '75056', 'c')).toThrow(refusal('c'));
  });

  it('keeps services trimmed, once each, without empty ones, at most 20', () => {
    expect(requireServices([' VAE ', 'VAE', '', 'orientation'], 's')).toEqual(['VAE', 'orientation']);
    expect(() =>
      requireServices(
        Array.from({ length: 21 }, (_, i) => `service ${i}`),
        's',
      ),
    ).toThrow(refusal('s'));
  });

  it('copies the department, EPCI and centroid of the commune', () => {
    const place = parsePlace({ kind: 'RECEPTION_DESK', name: 'Accueil', communeCode: '76540' });
    expect(place).toMatchObject({ departmentCode: '76', epciSiren: '200023414', demonstration: false });
    expect(place.latitude).toBeCloseTo(49.44, 1);
  });

  it('leaves a department’s places to its staff and region-wide ones to admins', () => {
    const coordinator: Identity = { role: 'coordinator', departments: ['50'], scopes: [] };
    expect(canManagePlace(coordinator, '50')).toBe(true);
    expect(canManagePlace(coordinator, '14')).toBe(false);
    expect(canManagePlace(coordinator, null)).toBe(false);
    expect(canManagePlace({ role: 'admin', departments: [], scopes: [] }, null)).toBe(true);
    expect(canManagePlace(anonymous, '50')).toBe(false);
  });
});
