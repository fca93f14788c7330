import { createContext, useContext } from 'react';
import { z } from 'zod';
import { fetchJson } from '../api/fetch-json.ts';

export const sessionMemberSchema = z.object({ id: z.number(), name: z.string(), headline: z.string() });
export type SessionMember = z.infer<typeof sessionMemberSchema>;
const sessionSchema = z.object({ member: sessionMemberSchema.nullable() });

export const readSession = (signal: AbortSignal) => fetchJson('/api/session', sessionSchema, { signal });

export const signIn = (memberId: number) =>
  fetchJson('/api/session', sessionSchema, { method: 'POST', body: { memberId } });

export const signOut = () => fetchJson('/api/session', sessionSchema, { method: 'DELETE' });

export const listDemoMembers = (query: string, signal: AbortSignal) =>
  fetchJson(
    `/api/session/members?limit=8${query ? `&q=${encodeURIComponent(query)}` : ''}`,
    z.object({ members: z.array(sessionMemberSchema) }),
    { signal },
  ).then((body) => body.members);

/** The signed-in member, or null; provided once by the app. */
export const SessionContext = createContext<SessionMember | null>(null);
export const useSignedInMember = () => useContext(SessionContext);
