import { addDays, addYears, demoBranchAgreementId, seedId } from '@dm/shared';
import { branchValues } from '../store/branches.ts';

const branch = (key: string, name: string, idcc: string, nafCodes: string[]) => ({
  key,
  row: { id: seedId('branch', key), ...branchValues({ name, idcc, nafCodes, demonstration: true }) },
});

/**
 * Demonstration branches: real collective agreements (IDCC) and NAF codes, covering the trades of the
 * demonstration companies. The sources name no branch the Région signed with, so they are flagged.
 */
const branches = [
  branch('bakery', 'Boulangerie-pâtisserie artisanale', '0843', ['10.71C', '10.71D']),
  branch('building', 'Bâtiment — ouvriers des entreprises jusqu’à 10 salariés', '1596', [
    '41.20A',
    '43.21A',
    '43.22A',
    '43.32A',
    '43.99C',
  ]),
  branch('metal', 'Métallurgie', '3248', ['24.10Z', '25.62B', '28.29B', '30.11Z']),
  branch('hospitality', 'Hôtels, cafés, restaurants', '1979', ['55.10Z', '56.10A', '56.30Z']),
];

export const demoBranches = branches.map((b) => b.row);

/** Invented agreements of the demonstration branches, signed a year ago for three years. */
export const demoAgreements = (today: string) =>
  branches.map((b, n) => {
    const signedOn = addDays(addYears(today, -1), n * 30);
    return {
      id: demoBranchAgreementId(b.key),
      branchId: b.row.id,
      signedOn,
      expiresOn: addYears(signedOn, 3),
      commitments: [
        'présenter les métiers de la branche au salon régional annuel (démo)',
        'proposer des immersions aux collégiens et aux demandeurs d’emploi (démo)',
      ],
      demonstration: true,
    };
  });

/** Invented communication kits, under addresses that cannot resolve. */
export const demoKits = [
  {
    id: seedId('kit', 'logo'),
    title: 'Logo « Fabrique des Compétences » (démo)',
    kind: 'LOGO' as const,
    url: 'https://kits.example.invalid/logo-fabrique-des-competences.zip',
    audience: 'PUBLIC' as const,
    demonstration: true,
  },
  {
    id: seedId('kit', 'guide-classes'),
    title: 'Accueillir une classe dans l’entreprise (démo)',
    kind: 'GUIDE' as const,
    url: 'https://kits.example.invalid/guide-accueil-classe.pdf',
    audience: 'EMPLOYEES' as const,
    demonstration: true,
  },
];
