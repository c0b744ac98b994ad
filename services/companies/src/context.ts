import type { BaseContext, RequireEntity } from '@dm/shared';
import type { Loaders } from './loaders.ts';
import type { CompaniesMailSettings } from './mail/notices.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** Today in Europe/Paris, fixed for the whole request so every status agrees. */
  today: string;
  /** The request's instant (`today` is its day). */
  now: Date;
  /** Front-end pages that mails link to. */
  mail: CompaniesMailSettings;
  /** Refuses a reference to another subgraph's record that its owner does not know (`peers.ts` in `@dm/shared`). */
  requireEntity: RequireEntity;
}
