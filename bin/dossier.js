#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npx dossier` needs no build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
