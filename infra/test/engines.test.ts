import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// `npm ci` on a supported Node prints no engine warning: every package the lockfile installs accepts the
// first release of each supported Node line (package.json `engines`, README "The two commands").
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => JSON.parse(readFileSync(`${root}${path}`, 'utf8'));
const supported = ['20.19.0', '22.13.0', '24.0.0'];

describe('the supported Node versions', () => {
  const engines: string = read('package.json').engines.node;
  const packages: Record<string, { version?: string; engines?: { node?: string } }> =
    read('package-lock.json').packages;

  it('are the ones package.json declares', () => {
    for (const version of supported) expect(semver.satisfies(version, engines), version).toBe(true);
    expect(semver.satisfies('22.12.0', engines)).toBe(false);
  });

  it('are accepted by every package of the lockfile', () => {
    const refused = Object.entries(packages).flatMap(([path, pkg]) => {
      const range = pkg.engines?.node;
      if (!path || !range) return [];
      const refusing = supported.filter((version) => !semver.satisfies(version, range));
      return refusing.length ? [`${path}@${pkg.version} wants node ${range} (not ${refusing.join(', ')})`] : [];
    });
    expect(refused).toEqual([]);
  });
});
