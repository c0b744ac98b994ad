import type { BaseContext } from '@dm/shared';
import type { Loaders } from './loaders.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** The request's instant: every status and "upcoming" of one answer agree. */
  now: Date;
  /** Front-end pages that mails link to. */
  mail: { eventUrl: (id: string) => string };
}
