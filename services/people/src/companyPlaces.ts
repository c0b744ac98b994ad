import { logger, peerCaller, safeError } from '@dm/shared';

/** A company's place, as the companies subgraph knows it: its department, and its commune when known. */
export interface CompanyPlace {
  departmentCode: string | null;
  communeCode: string | null;
}

export type CompanyPlaces = (companyId: string) => Promise<CompanyPlace | null>;

const PLACE = `query Place($id: ID!) { company(id: $id) { department { code } commune { code } } }`;

interface PlaceAnswer {
  company: { department: { code: string } | null; commune: { code: string } | null } | null;
}

/**
 * Asks the companies subgraph (its public `company` field, as an anonymous caller signed by the graph) where a
 * company is, so that a contact request to it counts in its department and its department's staff see it.
 * Null when the company is unknown or the companies subgraph does not answer within two seconds: the request
 * is then recorded without a department, never refused.
 */
export function companyPlaces(companiesUrl: () => string, identitySecret: string): CompanyPlaces {
  const call = peerCaller(identitySecret);
  return async (companyId) => {
    try {
      const found = (await call<PlaceAnswer>(companiesUrl(), PLACE, { id: companyId }, 2_000)).body.data?.company;
      if (!found) return null;
      return { departmentCode: found.department?.code ?? null, communeCode: found.commune?.code ?? null };
    } catch (err) {
      logger.warn({ err: safeError(err) }, 'company place unknown: the companies subgraph did not answer');
      return null;
    }
  };
}
