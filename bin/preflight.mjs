#!/usr/bin/env node
// The package's `preflight` command: the CLI in cli/main.ts (Node ≥ 22.18 runs TypeScript itself).
import { run } from '../cli/main.ts';

process.exitCode = await run(process.argv.slice(2));
