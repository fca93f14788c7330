import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';

export type TableFormat = 'csv' | 'tsv';

/**
 * Reads a CSV (quoted, RFC 4180) or an O*NET-style TSV (no quoting: a `"` is literal text) with a
 * header line, and validates each row with `schema`. Errors name the file and the line.
 */
export async function readTable<Schema extends z.ZodType>(
  path: string,
  format: TableFormat,
  schema: Schema,
): Promise<z.output<Schema>[]> {
  const text = await readFile(path, 'utf8');
  const records: Record<string, string>[] = parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    ...(format === 'tsv' ? { delimiter: '\t', quote: false } : {}),
  });
  return records.map((record, index) => {
    const result = schema.safeParse(record);
    if (!result.success) {
      // +2: the header is line 1 and rows count from 0. Exact only for files without multi-line fields.
      throw new Error(`${path}: row ${index + 1} (near line ${index + 2}): ${result.error.message}`);
    }
    return result.data;
  });
}
