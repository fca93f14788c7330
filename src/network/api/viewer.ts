/** Who is asking: a member, or nobody signed in. Private member fields are shown only to the member themself. */
export interface Viewer {
  readonly memberId: number | null;
}

export const ANONYMOUS_VIEWER: Viewer = Object.freeze({ memberId: null });

export function memberViewer(memberId: number): Viewer {
  return Object.freeze({ memberId });
}
