import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The page's trusted documents, as the gateway's TRUSTED_DOCUMENTS setting takes them. */
export const manifestPath = join(root, 'trusted-documents.json');

/** Apollo's persisted query manifest of src/dashboard.graphql (Node only: the page imports the file it writes). */
export function manifest() {
  const body = readFileSync(join(root, 'src/dashboard.graphql'), 'utf8');
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: [{ id: createHash('sha256').update(body).digest('hex'), name: 'StaffDashboard', type: 'query', body }],
  };
}
