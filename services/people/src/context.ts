import type { BaseContext, RequireEntity } from '@dm/shared';
import type { CompanyPlaces } from './companyPlaces.ts';
import type { Loaders } from './loaders.ts';
import type { MailSettings } from './store/contacts.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** The request's instant: every availability and status of one answer agree. */
  now: Date;
  mail: MailSettings;
  /** Where a company is, asked of the companies subgraph. */
  companyPlaces: CompanyPlaces;
  /** Refuses a reference to another subgraph's record that its owner does not know (`peers.ts` in `@dm/shared`). */
  requireEntity: RequireEntity;
}
