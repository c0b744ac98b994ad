import type { BaseContext } from '@dm/shared';
import type { Loaders } from './loaders.ts';
import type { MailSettings } from './store/contacts.ts';

export interface Context extends BaseContext {
  loaders: Loaders;
  /** The request's instant: every availability and status of one answer agree. */
  now: Date;
  mail: MailSettings;
}
