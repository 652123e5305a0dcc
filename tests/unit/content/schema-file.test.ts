import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DECK_SCHEMA_FILE, DECK_SCHEMA_ID, deckJsonSchemaText } from '../../../src/main/content/json-schema';
import { REPO_ROOT } from '../../support/make-pack';

describe('resources/content/deck.schema.json', () => {
  it('is what the zod schema generates today', async () => {
    const committed = await readFile(path.join(REPO_ROOT, DECK_SCHEMA_FILE), 'utf8');
    const fresh = deckJsonSchemaText();
    expect(committed === fresh, `${DECK_SCHEMA_FILE} is stale: run \`npm run schema:write\` and commit it`).toBe(true);
  });

  it('names itself and describes deck.json', () => {
    const schema = JSON.parse(deckJsonSchemaText()) as Record<string, unknown>;
    expect(schema.$id).toBe(DECK_SCHEMA_ID);
    expect(schema.title).toMatch(/deck\.json/);
    expect(schema.required).toEqual(expect.arrayContaining(['formatVersion', 'slides', 'locales']));
    // io: 'input' — fields with a default are optional for the person writing a pack.
    expect(schema.required).not.toContain('reviewNotes');
  });
});
