import { createContext, useContext, useEffect } from 'react';
import type { ChatContext } from './chat-parts.ts';

/** Lets a page tell the assistant panel which item is in view. */
export const AssistantTargetContext = createContext<(context: ChatContext | null) => void>(() => {});

export function useAskAbout(): (context: ChatContext | null) => void {
  return useContext(AssistantTargetContext);
}

/** Points the assistant at `context` while the calling page shows it. */
export function useAssistantTarget(context: ChatContext | null): void {
  const setTarget = useAskAbout();
  const key = context && `${context.kind}:${context.id}:${context.title}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` identifies the context
  useEffect(() => {
    setTarget(context);
  }, [key, setTarget]);
}
