import { seedId } from '@dm/shared';
import type { OrientationPlaceKind } from '../generated/resolvers.ts';
import { parsePlace } from '../rules/places.ts';

const place = (key: string, input: Parameters<typeof parsePlace>[0], demonstration: boolean) => ({
  id: seedId('orientation-place', key),
  ...parsePlace(input, demonstration),
});

/**
 * The places of the regional strategy of 20 June 2019: first-level information with physical reception desks
 * in Rouen and Caen, and the free phone line "Parcours-Métiers", strengthened and opened to every public. The
 * source gives no address, opening hours or number: none is invented.
 */
export const factPlaces = [
  place(
    'desk-rouen',
    {
      kind: 'RECEPTION_DESK',
      name: "Accueil physique de l'orientation — Rouen",
      description: 'Information de premier niveau sur les métiers et l’orientation, pour tous les publics.',
      communeCode: '76540',
      services: ['information métiers', 'orientation'],
    },
    false,
  ),
  place(
    'desk-caen',
    {
      kind: 'RECEPTION_DESK',
      name: "Accueil physique de l'orientation — Caen",
      description: 'Information de premier niveau sur les métiers et l’orientation, pour tous les publics.',
      communeCode: '14118',
      services: ['information métiers', 'orientation'],
    },
    false,
  ),
  place(
    'parcours-metiers',
    {
      kind: 'PHONE_LINE',
      name: 'Parcours-Métiers',
      description: 'Numéro gratuit d’information sur les métiers et l’orientation, étendu à l’ensemble des publics.',
      services: ['information métiers', 'orientation'],
    },
    false,
  ),
];

const demo = (key: string, kind: OrientationPlaceKind, name: string, communeCode: string, services: string[]) =>
  place(key, { kind, name: `${name} (démo)`, communeCode, services }, true);

/**
 * Demonstration places, flagged: an école de production in each department (the strategy asks for at least one
 * per department), local relays with intercommunalities, an information centre. Invented; no address or number.
 */
export const demoPlaces = [
  demo('edp-14', 'ECOLE_DE_PRODUCTION', 'École de production de Lisieux', '14366', ['mécanique', 'usinage']),
  demo('edp-27', 'ECOLE_DE_PRODUCTION', 'École de production d’Évreux', '27229', ['menuiserie']),
  demo('edp-50', 'ECOLE_DE_PRODUCTION', 'École de production de Saint-Lô', '50502', ['maintenance industrielle']),
  demo('edp-61', 'ECOLE_DE_PRODUCTION', 'École de production d’Alençon', '61001', ['chaudronnerie']),
  demo('edp-76', 'ECOLE_DE_PRODUCTION', 'École de production du Havre', '76351', ['usinage', 'soudure']),
  demo('relay-cherbourg', 'LOCAL_RELAY', 'Relais orientation du Cotentin', '50129', ['information métiers']),
  demo('relay-dieppe', 'LOCAL_RELAY', 'Relais orientation de la Région Dieppoise', '76217', ['information métiers']),
  demo('relay-flers', 'LOCAL_RELAY', 'Relais orientation de Flers Agglo', '61169', ['information métiers', 'VAE']),
  demo('relay-bayeux', 'LOCAL_RELAY', 'Relais orientation de Bayeux Intercom', '14047', ['information métiers']),
  demo('centre-vernon', 'INFORMATION_CENTRE', 'Point information métiers de Vernon', '27681', ['information métiers']),
];
