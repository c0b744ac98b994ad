import type {} from './context.ts';
import { inject } from 'vitest';
import { graphqlClient } from './index.ts';
import { signBearerToken, type TokenClaims } from '@dm/shared';

/** The gateway of the stack the e2e global setup started, and tokens it accepts. */
export const gql = graphqlClient(inject('gatewayUrl'));
export const token = (claims: TokenClaims) => signBearerToken(claims, inject('authSecret'));
export const adminToken = () => token({ role: 'admin', subject: 'admin:test' });

/** A unique suffix so that each test's records never collide with another test's. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
