import { type UiAction, type UiNode, uiNodeSchema } from '../../../src/ui/ui-node.ts';

/**
 * A UI node as the client renders it: a known primitive whose own fields passed the shared schema
 * (children parsed one by one), or `unknown` for a primitive this client does not know or a node that
 * failed validation. Unknown nodes keep their text and children, so a new card type still shows its
 * content on an old client rather than breaking the panel.
 */
type Gap = 'small' | 'medium' | 'large';

export type RenderNode =
  | Extract<UiNode, { type: 'text' | 'heading' | 'link' | 'image' | 'chip' | 'button' }>
  | { type: 'stack'; gap?: Gap; children: RenderNode[] }
  | { type: 'row'; gap?: Gap; wrap?: boolean; children: RenderNode[] }
  | { type: 'card'; kind?: string; action?: UiAction; children: RenderNode[] }
  | { type: 'list'; ordered?: boolean; items: RenderNode[] }
  | { type: 'unknown'; original: string; text?: string; children: RenderNode[] };

const MAX_DEPTH = 24;

export function parseUiNode(raw: unknown, depth = 0): RenderNode {
  if (raw === null || typeof raw !== 'object' || depth > MAX_DEPTH) return unknownNode(raw, depth);
  const node = raw as Record<string, unknown>;
  const childKey = 'items' in node && node.type === 'list' ? 'items' : 'children';
  const nested = Array.isArray(node[childKey]) ? (node[childKey] as unknown[]) : undefined;
  // Validate this node's own fields against the shared schema, children left empty: one bad child
  // degrades alone instead of failing the whole tree.
  const own = uiNodeSchema.safeParse(nested ? { ...node, [childKey]: [] } : node);
  if (!own.success) return unknownNode(raw, depth);
  const children = nested?.map((child) => parseUiNode(child, depth + 1));
  return (children ? { ...own.data, [childKey]: children } : own.data) as RenderNode;
}

function unknownNode(raw: unknown, depth: number): RenderNode {
  const node = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const nested = [node.children, node.items].find(Array.isArray) as unknown[] | undefined;
  return {
    type: 'unknown',
    original: typeof node.type === 'string' ? node.type : typeof raw,
    text: typeof node.text === 'string' ? node.text : typeof node.title === 'string' ? node.title : undefined,
    children: depth >= MAX_DEPTH ? [] : (nested ?? []).map((child) => parseUiNode(child, depth + 1)),
  };
}

/** A UI document's root, or null when the document is not one (wrong shape or a future version). */
export function parseUiDocument(raw: unknown): RenderNode | null {
  if (raw === null || typeof raw !== 'object') return null;
  const { version, root } = raw as { version?: unknown; root?: unknown };
  // A newer version may change primitives' meaning; its nodes still degrade one by one.
  if (typeof version !== 'number' || root === undefined) return null;
  return parseUiNode(root);
}

export type { UiAction };
