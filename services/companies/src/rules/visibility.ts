import type { Identity } from '@dm/shared';
import { canActForCompany, type CompanyScope } from './access.ts';

/**
 * The visibility policy of the companies subgraph. Its only personal data are immersion requesters
 * (names, e-mail, phone, birth date, category, consent, message): the company's own users and the staff
 * who manage the company see them; nobody else, partners and the public included.
 */
export const mayReadImmersionRequester = (identity: Identity, company: CompanyScope) =>
  canActForCompany(identity, company);
