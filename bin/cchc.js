#!/usr/bin/env node
// Runs the TypeScript sources directly: tsx compiles them on load, so there is no build step.
import { register as registerHooks } from 'node:module';
import { register } from 'tsx/esm/api';

register();
// After tsx, so it runs first: installed packages load as plain Node loads them (load-packages.mjs).
registerHooks('./load-packages.mjs', import.meta.url);
await import('../src/cli/main.ts');
