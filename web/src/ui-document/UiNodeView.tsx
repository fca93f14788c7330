import type { ReactNode } from 'react';
import { Link } from '../app/Link.tsx';
import { itemHref } from '../app/routes.ts';
import type { RenderNode, UiAction } from './parse-ui-node.ts';

/** What the host does with a `send_message` action (ask the assistant); `open_item` navigates. */
export interface UiActions {
  sendMessage(text: string): void;
  /** Disables `send_message` buttons while a turn is running. */
  busy?: boolean;
}

/** Renders server-composed UI: primitives only, so a new card type needs no client change. */
export function UiNodeView({ node, actions }: { node: RenderNode; actions: UiActions }): ReactNode {
  const children = (nodes: RenderNode[]) =>
    nodes.map((child, index) => (
      // biome-ignore lint/suspicious/noArrayIndexKey: server trees carry no ids and are rendered whole
      <UiNodeView key={index} node={child} actions={actions} />
    ));
  switch (node.type) {
    case 'stack':
      return <div className={`ui-stack gap-${node.gap ?? 'medium'}`}>{children(node.children)}</div>;
    case 'row':
      return (
        <div className={`ui-row gap-${node.gap ?? 'small'}${node.wrap === false ? '' : ' wrap'}`}>
          {children(node.children)}
        </div>
      );
    case 'text':
      return <p className={`ui-text tone-${node.tone ?? 'default'}`}>{node.text}</p>;
    case 'heading': {
      // Inside the assistant panel (an h2), server headings sit one level lower.
      const Heading = (['h3', 'h4', 'h5'] as const)[node.level - 1] ?? 'h5';
      return <Heading className="ui-heading">{node.text}</Heading>;
    }
    case 'link':
      return node.action ? (
        <ActionLink action={node.action} actions={actions}>
          {node.text}
        </ActionLink>
      ) : node.href ? (
        <a className="ui-link" href={node.href} target="_blank" rel="noreferrer noopener">
          {node.text}
        </a>
      ) : (
        <span>{node.text}</span>
      );
    case 'image':
      return <img className="ui-image" src={node.src} alt={node.alt} loading="lazy" />;
    case 'chip':
      return <span className="ui-chip">{node.text}</span>;
    case 'card':
      return (
        <article className={`ui-card${node.kind ? ` kind-${node.kind.replace(/[^\w-]/g, '')}` : ''}`}>
          {children(node.children)}
          {node.action && (
            <ActionLink action={node.action} actions={actions} className="ui-card-open">
              Open
            </ActionLink>
          )}
        </article>
      );
    case 'list': {
      const List = node.ordered ? 'ol' : 'ul';
      return (
        <List className="ui-list">
          {node.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: server trees carry no ids and are rendered whole
            <li key={index}>
              <UiNodeView node={item} actions={actions} />
            </li>
          ))}
        </List>
      );
    }
    case 'button':
      return node.action.type === 'send_message' ? (
        <button
          type="button"
          className={`button ${node.variant ?? 'secondary'} ui-button`}
          disabled={actions.busy}
          onClick={() => node.action.type === 'send_message' && actions.sendMessage(node.action.text)}
        >
          {node.text}
        </button>
      ) : (
        <ActionLink
          action={node.action}
          actions={actions}
          className={`button ${node.variant ?? 'secondary'}`}
        >
          {node.text}
        </ActionLink>
      );
    case 'unknown':
      // A primitive this client does not know: its text and children, else nothing.
      return node.text === undefined && node.children.length === 0 ? null : (
        <div className="ui-unknown" data-primitive={node.original}>
          {node.text !== undefined && <p className="ui-text">{node.text}</p>}
          {children(node.children)}
        </div>
      );
  }
}

function ActionLink({
  action,
  actions,
  className = 'ui-link',
  children,
}: {
  action: UiAction;
  actions: UiActions;
  className?: string;
  children: ReactNode;
}) {
  if (action.type === 'open_item')
    return (
      <Link className={className} href={itemHref(action.kind, action.id)}>
        {children}
      </Link>
    );
  return (
    <button
      type="button"
      className={`${className} as-link`}
      disabled={actions.busy}
      onClick={() => actions.sendMessage(action.text)}
    >
      {children}
    </button>
  );
}
