import type { BaseContext } from '@dm/shared';

export type Context = BaseContext;
