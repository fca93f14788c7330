import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium (installed by `.ci/run`); Dossier's tools never download a browser. */
export const CHROMIUM_PATH = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the end-to-end tests, the web benchmark and the screenshots. The flags keep
 * it from reaching for Google's hosts, which a closed network refuses many times at every start.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `no Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install -y chromium) or set DOSSIER_CHROMIUM`,
    );
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
