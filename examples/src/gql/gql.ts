/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query SearchCompanies($search: String!, $department: String, $first: Int = 10) {\n    companies(filter: { search: $search, department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          commune {\n            name\n          }\n          charter {\n            status\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n": typeof types.SearchCompaniesDocument,
    "\n  query CompanyChanges($since: DateTime!, $after: String) {\n    companies(filter: { updatedSince: $since }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          siret\n          name\n          updatedAt\n          charter {\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompanyChangesDocument,
};
const documents: Documents = {
    "\n  query SearchCompanies($search: String!, $department: String, $first: Int = 10) {\n    companies(filter: { search: $search, department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          commune {\n            name\n          }\n          charter {\n            status\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n": types.SearchCompaniesDocument,
    "\n  query CompanyChanges($since: DateTime!, $after: String) {\n    companies(filter: { updatedSince: $since }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          siret\n          name\n          updatedAt\n          charter {\n            status\n          }\n        }\n      }\n    }\n  }\n": types.CompanyChangesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchCompanies($search: String!, $department: String, $first: Int = 10) {\n    companies(filter: { search: $search, department: $department }, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          sector\n          commune {\n            name\n          }\n          charter {\n            status\n            expiresOn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchCompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyChanges($since: DateTime!, $after: String) {\n    companies(filter: { updatedSince: $since }, first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          siret\n          name\n          updatedAt\n          charter {\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql.js').CompanyChangesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
