import { pathToFileURL } from 'node:url';
import { createClient, type Request } from './client.ts';
import { graphql } from './gql/index.ts';

/** Companies of the network by words of their name, commune or sector (accents and case do not matter). */
export const SearchCompanies = graphql(`
  query SearchCompanies($search: String!, $department: String, $first: Int = 10) {
    companies(filter: { search: $search, department: $department }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          sector
          commune {
            name
          }
          charter {
            status
            expiresOn
          }
        }
      }
    }
  }
`);

export async function searchCompanies(request: Request, search: string, department?: string) {
  const { companies } = await request(SearchCompanies, { search, department });
  return { total: companies.totalCount, companies: companies.edges.map((edge) => edge.node) };
}

// `npm run search -w @dm/examples -- "métallurgie" 76` against GRAPH_URL (http://localhost:4000/graphql).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const request = createClient({
    url: process.env.GRAPH_URL ?? 'http://localhost:4000/graphql',
    apiKey: process.env.GRAPH_API_KEY,
  });
  const [search = 'bois', department] = process.argv.slice(2);
  const { total, companies } = await searchCompanies(request, search, department);
  console.log(`${total} ${total === 1 ? 'company matches' : 'companies match'} "${search}"`);
  for (const company of companies) {
    console.log(`- ${company.name} (${company.commune?.name ?? '?'}): charter ${company.charter?.status ?? 'none'}`);
  }
}
