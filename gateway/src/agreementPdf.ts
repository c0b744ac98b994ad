import type { ApolloServer } from '@apollo/server';
import { ErrorCode, type Route, sendJson, sendRefusal } from '@dm/shared';
import type { Admission, GatewayContext } from './admission.ts';

const BY_ID = `query AgreementPdf($id: ID!) { immersionAgreement(id: $id) { pdf } }`;
const BY_TOKEN = `query AgreementPdfByLink($token: String!) { immersionAgreementToSign(token: $token) { id pdf } }`;

/**
 * An immersion agreement as a PDF, for a link to download: `/agreements/<id>.pdf`, for the company's users
 * and the staff who manage it (bearer token), or for a party with `?token=` of its signing link. It runs as
 * an ordinary GraphQL operation through the graph: admission, limits, access rules and audit included.
 */
export function agreementPdfRoute(apollo: ApolloServer<GatewayContext>, admit: Admission): Route {
  return async (req, res, url) => {
    if (req.method !== 'GET') return false;
    const match = /^\/agreements\/([^/]+)\.pdf$/.exec(url.pathname);
    if (!match) return false;
    let contextValue: GatewayContext;
    try {
      contextValue = await admit(req, res);
    } catch (err) {
      sendRefusal(res, err);
      return true;
    }
    const id = decodeURIComponent(match[1] as string);
    const token = url.searchParams.get('token');
    const response = await apollo.executeOperation(
      token ? { query: BY_TOKEN, variables: { token } } : { query: BY_ID, variables: { id } },
      { contextValue },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const data = result?.data as
      | { immersionAgreement?: { pdf: string } | null; immersionAgreementToSign?: { id: string; pdf: string } | null }
      | undefined;
    // A link opens its own agreement only: another id in the path is as unknown as a wrong link.
    const found = token
      ? data?.immersionAgreementToSign?.id === id
        ? data.immersionAgreementToSign
        : null
      : data?.immersionAgreement;
    if (!found?.pdf) {
      const code = result?.errors?.[0]?.extensions?.code;
      const status = code === ErrorCode.FORBIDDEN ? 403 : code === ErrorCode.UNAUTHENTICATED ? 401 : 404;
      sendJson(
        res,
        status,
        result?.errors?.length
          ? { errors: result.errors }
          : { errors: [{ message: 'Agreement not found', extensions: { code: ErrorCode.NOT_FOUND } }] },
      );
      return true;
    }
    res.writeHead(200, {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="convention-${id}.pdf"`,
      'cache-control': 'private, no-store',
    });
    res.end(Buffer.from(found.pdf, 'base64'));
    return true;
  };
}
