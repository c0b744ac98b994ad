// Writes trusted-documents.json, the manifest of the page's one operation (Apollo's persisted query manifest:
// its id is the SHA-256 of its text), from src/dashboard.graphql. The gateway runs it by id when the manifest
// is listed in TRUSTED_DOCUMENTS. Run with `npm run manifest -w @dm/dashboard` after changing the operation.
import { writeFileSync } from 'node:fs';
import { manifest, manifestPath } from '../src/manifest.ts';

writeFileSync(manifestPath, `${JSON.stringify(manifest(), null, 2)}\n`);
