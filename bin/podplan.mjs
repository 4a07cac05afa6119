#!/usr/bin/env node
// podplan command line: runs the TypeScript sources through tsx (a dependency), so it works straight from a clone.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
