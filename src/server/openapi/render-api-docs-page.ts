import type { OpenApiDocument } from './build-openapi-document.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description?: string;
  schema: { type?: string; enum?: unknown[] };
}

function describeParameter(p: Parameter): string {
  const type = p.schema.enum ? p.schema.enum.join(' | ') : (p.schema.type ?? 'any');
  const note = p.description ? ` — ${escapeHtml(p.description)}` : '';
  return `<code>${escapeHtml(p.name)}</code>${p.required ? '*' : ''} <small>(${p.in}, ${escapeHtml(type)})</small>${note}`;
}

/**
 * A self-contained HTML page of the API (no scripts, no CDN, works offline): one table row per
 * operation with its parameters, and its request body schema folded under <details>.
 */
export function renderApiDocsPage(document: OpenApiDocument): string {
  const rows: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(operations) as [string, Record<string, unknown>][]) {
      const parameters = (op.parameters as Parameter[]).map(describeParameter).join('<br>');
      const body = op.requestBody
        ? `<details><summary>JSON body</summary><pre>${escapeHtml(
            JSON.stringify(
              (op.requestBody as { content: Record<string, { schema: unknown }> }).content['application/json']
                ?.schema,
              null,
              2,
            ),
          )}</pre></details>`
        : '';
      rows.push(
        `<tr><td class="m ${method}">${method.toUpperCase()}</td><td><code>${escapeHtml(path)}</code></td>` +
          `<td>${escapeHtml(String(op.summary))}</td><td>${parameters}${body}</td>` +
          `<td>${Object.keys(op.responses as object).join(', ')}</td></tr>`,
      );
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(document.info.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.4rem;vertical-align:top;text-align:left}
.m{font-weight:bold;font-family:monospace}.get{color:#0a6}.post{color:#06c}.delete{color:#c33}.put,.patch{color:#a60}
pre{background:#f6f6f6;padding:.5rem;max-height:20rem;overflow:auto}
</style></head><body>
<h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${document.openapi}).</p>
<table><thead><tr><th>method</th><th>path</th><th>what</th><th>parameters (* required)</th><th>responses</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></body></html>
`;
}
