import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { badInput } from '../errors.ts';
import { foldText } from '../text.ts';

// Reference data shipped with the repository (see reference-data/README.md for sources and licence).
const dataFile = (name: string) => new URL(`../../reference-data/${name}`, import.meta.url);

export interface Department {
  code: string;
  name: string;
}
export interface Epci {
  siren: string;
  name: string;
}
export interface Commune {
  code: string;
  name: string;
  departmentCode: string;
  epci: Epci | null;
  postalCodes: string[];
  /** Centroid; null for the few merged communes without one (never 0,0). */
  latitude: number | null;
  longitude: number | null;
  population: number | null;
  folded: string;
}
export interface Metier {
  romeCode: string;
  label: string;
  parentCode: string;
  folded: string;
}

/** The five departments of Région Normandie (INSEE region 28). */
export const departments: ReadonlyMap<string, Department> = new Map(
  [
    ['14', 'Calvados'],
    ['27', 'Eure'],
    ['50', 'Manche'],
    ['61', 'Orne'],
    ['76', 'Seine-Maritime'],
  ].map(([code, name]) => [code as string, { code: code as string, name: name as string }]),
);

const optionalNumber = (value: string) => (value.trim() === '' ? null : Number(value));

function loadCommunes(): Map<string, Commune> {
  const rows: Record<string, string>[] = parse(readFileSync(dataFile('communes-normandie.csv')), { columns: true });
  return new Map(
    rows.map((r) => {
      const commune: Commune = {
        code: r.insee_code as string,
        name: r.name as string,
        departmentCode: r.department_code as string,
        epci: r.epci_siren ? { siren: r.epci_siren, name: r.epci_name as string } : null,
        postalCodes: (r.postal_codes ?? '').split(' ').filter(Boolean),
        latitude: optionalNumber(r.latitude ?? ''),
        longitude: optionalNumber(r.longitude ?? ''),
        population: optionalNumber(r.population ?? ''),
        folded: foldText(r.name as string),
      };
      return [commune.code, commune];
    }),
  );
}

function loadMetiers(): Map<string, Metier> {
  const rows: Record<string, string>[] = parse(readFileSync(dataFile('referentiel_code_rome_v460.csv')), {
    columns: true,
  });
  return new Map(
    rows.map((r) => {
      const metier: Metier = {
        romeCode: r.code_rome as string,
        label: r.libelle_rome as string,
        parentCode: r.code_rome_parent as string,
        folded: foldText(`${r.code_rome} ${r.libelle_rome}`),
      };
      return [metier.romeCode, metier];
    }),
  );
}

/** The 2,644 communes of Normandy, by INSEE code. */
export const communes: ReadonlyMap<string, Commune> = loadCommunes();

/**
 * Where a row of a commune lies for `near` searches: the commune's centroid, copied into the row's `latitude` and
 * `longitude` at write time; nulls without a commune or for a commune without centroid.
 */
export function centroidOf(communeCode: string | null | undefined): {
  latitude: number | null;
  longitude: number | null;
} {
  const commune = communeCode ? communes.get(communeCode) : undefined;
  return { latitude: commune?.latitude ?? null, longitude: commune?.longitude ?? null };
}
/** An intercommunality with the communes of Normandy it groups and their departments. */
export interface EpciRecord extends Epci {
  /** INSEE codes of its communes. */
  communeCodes: string[];
  /** The departments of its communes, most communes first (a few EPCI straddle a department border). */
  departmentCodes: string[];
}

function groupEpcis(): Map<string, EpciRecord> {
  const byEpci = new Map<string, EpciRecord>();
  for (const commune of communes.values()) {
    if (!commune.epci) continue;
    const record = byEpci.get(commune.epci.siren) ?? { ...commune.epci, communeCodes: [], departmentCodes: [] };
    record.communeCodes.push(commune.code);
    byEpci.set(commune.epci.siren, record);
  }
  for (const record of byEpci.values()) {
    const counts = new Map<string, number>();
    for (const code of record.communeCodes) {
      const department = communes.get(code)!.departmentCode;
      counts.set(department, (counts.get(department) ?? 0) + 1);
    }
    record.departmentCodes = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([code]) => code);
  }
  return byEpci;
}

/** The intercommunalities (EPCI) of Normandy's communes, by SIREN. */
export const epcis: ReadonlyMap<string, EpciRecord> = groupEpcis();

/** ROME v4.60 job families ("fiches métiers"), by ROME code. */
export const metiers: ReadonlyMap<string, Metier> = loadMetiers();

/** An INSEE code of a Normandy commune, or BAD_USER_INPUT naming the field. */
export function requireCommune(code: string, field: string): Commune {
  const commune = communes.get(code.trim());
  if (!commune) throw badInput(field, `${code} is not the INSEE code of a commune of Normandy`);
  return commune;
}

export function requireDepartment(code: string, field: string): Department {
  const department = departments.get(code.trim());
  if (!department) throw badInput(field, `${code} is not a department of Normandy (14, 27, 50, 61, 76)`);
  return department;
}

/** The SIREN (nine digits) of an EPCI of Normandy, or BAD_USER_INPUT naming the field. */
export function requireEpci(siren: string, field: string): EpciRecord {
  const normalized = siren.replace(/\s/g, '');
  const epci = epcis.get(normalized);
  if (!epci) throw badInput(field, `${siren} is not the SIREN of an intercommunality (EPCI) of Normandy`);
  return epci;
}

/** A ROME v4.60 code (letter, four digits), or BAD_USER_INPUT naming the field. */
export function requireMetier(code: string, field: string): Metier {
  const normalized = code.trim().toUpperCase();
  const metier = metiers.get(normalized);
  if (!metier) throw badInput(field, `${code} is not a ROME v4.60 code`);
  return metier;
}
