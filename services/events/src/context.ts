import type { BaseContext, RequireEntity } from '@dm/shared';
import type { Loaders } from './loaders.ts';
import type { MailLinks } from './mail/notices.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** The request's instant: every status and "upcoming" of one answer agree. */
  now: Date;
  /** Front-end pages that mails link to. */
  mail: MailLinks;
  /** Refuses a reference to another subgraph's record that its owner does not know (`peers.ts` in `@dm/shared`). */
  requireEntity: RequireEntity;
}
