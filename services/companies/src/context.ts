import type { BaseContext } from '@dm/shared';
import type { Loaders } from './loaders.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** Today in Europe/Paris, fixed for the whole request so every status agrees. */
  today: string;
  /** The request's instant (`today` is its day). */
  now: Date;
  /** Front-end pages that mails link to. */
  mail: { offerUrl: (id: string) => string };
}
