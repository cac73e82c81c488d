// Reading geodata files and checking them against their schemas, one item at a time, so that a
// failure names the file, the item's id and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { DataError } from './errors.ts';

/** Geodata as parsed JSON, file by file: from a folder, or from memory in tests. */
export type GeodataFiles = (file: string) => unknown;

export function fromDirectory(dir: string): GeodataFiles {
  return (file) => readJson(dir, file);
}

export function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch {
    throw new DataError(file, '-', '-', 'file is missing or unreadable');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new DataError(file, '-', '-', `malformed JSON (${(e as Error).message})`);
  }
}

/** The id an item goes by in messages: its `id` if it has one, else its position. */
export function itemId(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? id : `#${index + 1}`;
}

/** Checks a value against a schema; the first issue becomes a DataError. */
export function checkItem<S extends v.GenericSchema>(file: string, id: string, schema: S, value: unknown): v.InferOutput<S> {
  const result = v.safeParse(schema, value);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = v.getDotPath(issue) ?? '-';
  throw new DataError(file, id, field, readable(issue.message));
}

/** valibot's own words for a missing or unexpected key, in the words of the rest of the messages. */
function readable(message: string): string {
  if (/^Invalid key: Expected never but received/.test(message)) return 'is not a field here (see geodata/README.md)';
  if (/^Invalid key: Expected ".*" but received undefined$/.test(message)) return 'is missing';
  return message;
}

/** Reads `{ [key]: [items] }` and checks every item, naming each failing item by its id. */
export function readList<S extends v.GenericSchema>(files: GeodataFiles, file: string, key: string, schema: S): v.InferOutput<S>[] {
  const raw = files(file);
  const list = (raw as Record<string, unknown> | null)?.[key];
  if (!Array.isArray(list)) throw new DataError(file, '-', key, `expected a list under "${key}"`);
  return list.map((item, i) => checkItem(file, itemId(item, i), schema, item));
}
