import { type ReactNode, useMemo } from 'react';
import { parseUiDocument } from './parse-ui-node.ts';
import { type UiActions, UiNodeView } from './UiNodeView.tsx';

/** A server-composed UI document; `fallback` when the document is missing or not one. */
export function UiDocumentView({
  document,
  actions,
  fallback = null,
}: {
  document: unknown;
  actions: UiActions;
  fallback?: ReactNode;
}) {
  const root = useMemo(() => parseUiDocument(document), [document]);
  return root ? <UiNodeView node={root} actions={actions} /> : fallback;
}
