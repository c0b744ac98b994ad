import { describe, expect, it } from 'vitest';
import {
  breakingChanges,
  composeSupergraph,
  loadApiSchemaSdl,
  loadSupergraphSdl,
  printApiSchema,
} from '../src/supergraph.ts';

describe('the committed supergraph', () => {
  it('is what the subgraph SDL files compose to (run `npm run compose` after changing one)', () => {
    expect(composeSupergraph()).toBe(loadSupergraphSdl());
  });

  it('comes with its public schema, as clients generate code from it (schema/api.graphql)', () => {
    expect(loadApiSchemaSdl()).toBe(printApiSchema(loadSupergraphSdl()));
  });

  it('keeps the public contract names', () => {
    const sdl = loadSupergraphSdl();
    for (const name of [
      'companyBySiret(',
      'regionalDashboard(',
      'signCharter(',
      'requestImmersion(',
      'EXPIRING_SOON',
      'JOB_OFFER_POSTING',
    ]) {
      expect(sdl).toContain(name);
    }
  });

  it('detects a breaking change', () => {
    const committed = loadSupergraphSdl();
    // The field's name alone: its described argument is printed on the lines below.
    const broken = committed.replace('  companyBySiret(', '  companyBySiretRenamed(');
    expect(broken).not.toBe(committed);
    expect(breakingChanges(committed, broken).map((c) => c.description)).toContain('Query.companyBySiret was removed.');
    expect(breakingChanges(committed, committed)).toEqual([]);
  });
});
