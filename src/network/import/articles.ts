import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { insertInBatches } from '../db/insert-in-batches.ts';
import type { ArticleTable } from '../db/schema.ts';
import { indexSearchDocuments } from '../search/search-document.ts';
import type { ImportContext, ImportCounts } from './import-context.ts';
import { readArticle } from './read-article.ts';

/** Folders of `data/` holding the knowledge pages; licence and contribution notes are not pages. */
const ARTICLE_FOLDERS = ['handbook', 'interview'];
const NOT_A_PAGE = /^(LICENSE|CONTRIBUTING)/;

/** Imports the 18F handbook and the interview guides as the assistant's knowledge corpus. */
export async function importArticles({
  db,
  dataDir,
  progress,
  signal,
}: ImportContext): Promise<ImportCounts> {
  const files = (await Promise.all(ARTICLE_FOLDERS.map((folder) => markdownFiles(join(dataDir, folder)))))
    .flat()
    .sort();
  progress.total(files.length + 1);
  const articles: ArticleTable[] = [];
  for (const file of files) {
    signal.throwIfAborted();
    const path = relative(dataDir, file).replaceAll('\\', '/').replace(/\.md$/, '');
    const article = readArticle(path, await readFile(file, 'utf8'));
    if (article) articles.push(article);
    progress.advance();
  }
  const count = await insertInBatches(db, 'articles', articles);
  await indexSearchDocuments(
    db,
    articles.map((a) => ({
      kind: 'article',
      ref: a.article_id,
      title: a.title,
      body: [a.description, a.section ?? '', a.body].join('\n\n'),
    })),
  );
  progress.advance();
  return { articles: count };
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !NOT_A_PAGE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
