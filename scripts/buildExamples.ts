/** Writes public/examples/*.json and index.json from scripts/exampleLayouts.ts. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { serializeLayout } from '../src/core';
import { EXAMPLES } from './exampleLayouts';

export function exampleFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const index = EXAMPLES.map((e) => ({ file: e.file, name: e.build().name, description: e.description }));
  for (const e of EXAMPLES) files.set(e.file, serializeLayout(e.build()));
  files.set('index.json', `${JSON.stringify(index, null, 2)}\n`);
  return files;
}

if (process.argv[1]?.endsWith('buildExamples.ts')) {
  const dir = new URL('../public/examples/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of exampleFiles()) writeFileSync(new URL(name, dir), text);
  console.log(`wrote ${exampleFiles().size} files to public/examples/`);
}
