import type { Identity } from '@dm/shared';
import { communes } from '@dm/shared/reference';
import { describe, expect, it } from 'vitest';
import { inTerritory, requireRecordAction, validateAction, validateTerritory } from '../src/rules/missions.ts';

const commune = (code: string) => communes.get(code)!;
const refusal = (code: string, field?: string) =>
  expect.objectContaining({ extensions: expect.objectContaining(field ? { code, field } : { code }) });

describe('coordinators’ territories and actions', () => {
  it('places a commune in a territory by department, and by EPCI when the territory lists some', () => {
    const manche = { departments: ['50'], epcis: [] };
    expect(inTerritory(manche, commune('50502'))).toBe(true);
    expect(inTerritory(manche, commune('14118'))).toBe(false);
    const cotentin = { departments: ['50'], epcis: ['200067205'] };
    expect(inTerritory(cotentin, commune('50129'))).toBe(true);
    expect(inTerritory(cotentin, commune('50502'))).toBe(false);
  });

  it('takes EPCI that lie within the departments, once each', () => {
    expect(validateTerritory(['14', '14'], ['200065597', '200065597'])).toEqual({
      departments: ['14'],
      epcis: ['200065597'],
    });
    // Pays de Honfleur-Beuzeville straddles Calvados and Eure: it belongs to an Eure territory too.
    const honfleur = [...communes.values()].find((c) => c.epci?.name === 'CC du Pays de Honfleur-Beuzeville')!.epci!
      .siren;
    expect(validateTerritory(['27'], [honfleur]).epcis).toEqual([honfleur]);
    expect(() => validateTerritory(['50'], ['200065597'])).toThrow(refusal('BAD_USER_INPUT', 'input.epcis.0'));
    expect(() => validateTerritory([], [])).toThrow(refusal('BAD_USER_INPUT', 'input.departments'));
  });

  it('records actions that took place, with a sensible head count', () => {
    expect(() => validateAction('2026-11-23', 12, '2026-11-23')).not.toThrow();
    expect(() => validateAction('2026-11-24', null, '2026-11-23')).toThrow(
      refusal('BAD_USER_INPUT', 'input.occurredOn'),
    );
    expect(() => validateAction('2026-11-01', -1, '2026-11-23')).toThrow(
      refusal('BAD_USER_INPUT', 'input.participants'),
    );
  });

  it('lets the coordinator themself or an admin record, in the territory', () => {
    const west = { id: 'c-west', departments: ['14', '50'], epcis: [] };
    const self: Identity = { role: 'coordinator', personId: 'c-west', departments: ['14', '50'], scopes: [] };
    const colleague: Identity = { role: 'coordinator', personId: 'c-east', departments: ['14', '50'], scopes: [] };
    const admin: Identity = { role: 'admin', departments: [], scopes: [] };
    expect(() => requireRecordAction(self, west, commune('50502'))).not.toThrow();
    expect(() => requireRecordAction(admin, west, commune('14118'))).not.toThrow();
    expect(() => requireRecordAction(colleague, west, commune('50502'))).toThrow(refusal('FORBIDDEN'));
    expect(() => requireRecordAction(self, west, commune('76540'))).toThrow(
      refusal('BAD_USER_INPUT', 'input.communeCode'),
    );
  });
});
