import { z } from 'zod';
import { Deck } from '../../shared/content/deck.schema';

/** Where the committed schema lives, relative to the repository root. */
export const DECK_SCHEMA_FILE = 'resources/content/deck.schema.json';

/** Stable identifier of deck.json format v1 (a URN: the schema is not served from anywhere). */
export const DECK_SCHEMA_ID = 'urn:chery-showcase:content-pack:deck:v1';

/**
 * The JSON Schema of deck.json, generated from the zod schema so the two cannot drift, as the
 * exact text that is committed (pretty-printed, trailing newline). `io: 'input'` describes what an
 * editor writes: fields with defaults are optional.
 */
export function deckJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(Deck, { io: 'input' }) as Record<string, unknown>;
  const schema = { $schema, $id: DECK_SCHEMA_ID, title: 'Chery Showcase content pack (deck.json)', ...rest };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
