import { z } from 'zod';
import { ABOUT_DATA, type AboutData } from './about-data.ts';
import type { NetworkContext } from './network-context.ts';
import type { Viewer } from './viewer.ts';

export const getAboutDataInput = z.object({});

/** Sources, licences and use of the bundled data (the attribution CC BY / BY-SA require). */
export async function getAboutData(
  _context: NetworkContext,
  _viewer: Viewer,
  _input: z.output<typeof getAboutDataInput>,
  _signal: AbortSignal,
): Promise<AboutData> {
  return ABOUT_DATA;
}
