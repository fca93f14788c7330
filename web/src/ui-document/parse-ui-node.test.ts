import { describe, expect, it } from 'vitest';
import { parseUiDocument, parseUiNode } from './parse-ui-node.ts';

describe('parseUiNode', () => {
  it('keeps a valid tree as it is', () => {
    const card = {
      type: 'card',
      kind: 'job',
      action: { type: 'open_item', kind: 'job', id: '42' },
      children: [
        { type: 'heading', text: 'Nurse', level: 3 },
        { type: 'row', children: [{ type: 'chip', text: 'Remote' }] },
        { type: 'list', items: [{ type: 'text', text: 'one' }] },
      ],
    };
    expect(parseUiNode(card)).toEqual(card);
  });

  it('degrades an unknown primitive to its text and children, keeping valid siblings', () => {
    const parsed = parseUiNode({
      type: 'stack',
      children: [
        { type: 'sparkline', title: 'Salary trend', children: [{ type: 'text', text: 'up 4%' }] },
        { type: 'text', text: 'still here' },
      ],
    });
    expect(parsed).toEqual({
      type: 'stack',
      children: [
        {
          type: 'unknown',
          original: 'sparkline',
          text: 'Salary trend',
          children: [{ type: 'text', text: 'up 4%' }],
        },
        { type: 'text', text: 'still here' },
      ],
    });
  });

  it('treats a known primitive with bad fields as unknown, and non-objects as empty', () => {
    expect(parseUiNode({ type: 'heading', text: 'Big', level: 9 })).toEqual({
      type: 'unknown',
      original: 'heading',
      text: 'Big',
      children: [],
    });
    expect(parseUiNode({ type: 'button', text: 'Go', action: { type: 'launch' } })).toMatchObject({
      type: 'unknown',
      text: 'Go',
    });
    expect(parseUiNode(7)).toEqual({ type: 'unknown', original: 'number', children: [] });
  });

  it('stops at a depth limit instead of recursing forever', () => {
    let deep: unknown = { type: 'text', text: 'bottom' };
    for (let i = 0; i < 100; i++) deep = { type: 'stack', children: [deep] };
    let node = parseUiNode(deep);
    let depth = 0;
    while ('children' in node && node.children?.[0]) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBeLessThanOrEqual(26);
  });
});

describe('parseUiDocument', () => {
  it('reads the root of a versioned document and refuses anything else', () => {
    expect(parseUiDocument({ version: 1, root: { type: 'chip', text: 'x' } })).toEqual({
      type: 'chip',
      text: 'x',
    });
    expect(parseUiDocument({ root: { type: 'chip', text: 'x' } })).toBeNull();
    expect(parseUiDocument('<div>')).toBeNull();
  });
});
