// Writes resources/content/deck.schema.json from the zod schema (npm run schema:write).
// A unit test fails when the committed file is stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DECK_SCHEMA_FILE, deckJsonSchemaText } from '../src/main/content/json-schema';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await writeFile(path.join(root, DECK_SCHEMA_FILE), deckJsonSchemaText());
console.log(`wrote ${DECK_SCHEMA_FILE}`);
