import { z } from 'zod';

/**
 * Server-driven UI: the server composes cards and follow-ups as a tree of generic primitives and
 * the client only renders primitives, so a new card type ships with no client change. Shared by the
 * server (composition) and the web app (rendering); bump UI_SCHEMA_VERSION on a breaking change.
 */
export const UI_SCHEMA_VERSION = 1;

/** What a button or link does: ask the assistant a question, or open an item of the network. */
export const uiActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send_message'), text: z.string().min(1).max(2000) }),
  z.object({
    type: z.literal('open_item'),
    kind: z.enum(['job', 'member', 'company', 'post', 'article']),
    id: z.string().min(1),
  }),
]);

const textTones = ['default', 'muted', 'strong', 'warning'] as const;

export type UiNode =
  | { type: 'stack'; gap?: 'small' | 'medium' | 'large'; children: UiNode[] }
  | { type: 'row'; gap?: 'small' | 'medium' | 'large'; wrap?: boolean; children: UiNode[] }
  | { type: 'text'; text: string; tone?: (typeof textTones)[number] }
  | { type: 'heading'; text: string; level: 1 | 2 | 3 }
  | { type: 'link'; text: string; href?: string; action?: UiAction }
  | { type: 'image'; src: string; alt: string }
  | { type: 'chip'; text: string }
  | { type: 'card'; kind?: string; children: UiNode[]; action?: UiAction }
  | { type: 'list'; ordered?: boolean; items: UiNode[] }
  | { type: 'button'; text: string; action: UiAction; variant?: 'primary' | 'secondary' };

export type UiAction = z.infer<typeof uiActionSchema>;

const gap = z.enum(['small', 'medium', 'large']).optional();

export const uiNodeSchema: z.ZodType<UiNode> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('stack'), gap, children: z.array(uiNodeSchema) }),
    z.object({ type: z.literal('row'), gap, wrap: z.boolean().optional(), children: z.array(uiNodeSchema) }),
    z.object({ type: z.literal('text'), text: z.string(), tone: z.enum(textTones).optional() }),
    z.object({
      type: z.literal('heading'),
      text: z.string(),
      level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    }),
    z.object({
      type: z.literal('link'),
      text: z.string(),
      href: z.url().optional(),
      action: uiActionSchema.optional(),
    }),
    z.object({ type: z.literal('image'), src: z.string(), alt: z.string() }),
    z.object({ type: z.literal('chip'), text: z.string() }),
    z.object({
      type: z.literal('card'),
      kind: z.string().optional(),
      children: z.array(uiNodeSchema),
      action: uiActionSchema.optional(),
    }),
    z.object({ type: z.literal('list'), ordered: z.boolean().optional(), items: z.array(uiNodeSchema) }),
    z.object({
      type: z.literal('button'),
      text: z.string(),
      action: uiActionSchema,
      variant: z.enum(['primary', 'secondary']).optional(),
    }),
  ]),
) as z.ZodType<UiNode>;

/** One composed piece of UI as it travels to the client; `version` lets old clients notice new trees. */
export const uiDocumentSchema = z.object({ version: z.literal(UI_SCHEMA_VERSION), root: uiNodeSchema });
export type UiDocument = z.infer<typeof uiDocumentSchema>;
