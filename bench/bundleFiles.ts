/**
 * Which built files the first screen fetches (after `vite build`): the entry script with every chunk it imports
 * statically (the bundler splits modules shared with lazy chunks into their own files, which the entry then
 * preloads), and the 3D view's chunk with what it adds, since the app renders the 3D view at boot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '..', 'dist');

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Chunks a built chunk imports statically (`from"./x.js"`), which the browser must fetch before it runs. */
function staticImports(chunk: string): string[] {
  const text = readFileSync(join(DIST, 'assets', chunk), 'utf8');
  return [...text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1] as string);
}

/** The chunk and everything it imports statically, transitively (file names under assets/). */
function closure(roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  for (let c = todo.pop(); c !== undefined; c = todo.pop()) {
    if (seen.has(c)) continue;
    seen.add(c);
    todo.push(...staticImports(c));
  }
  return seen;
}

export interface FirstScreenFiles {
  /** The entry script and its static imports (file names under assets/). */
  readonly initial: ReadonlySet<string>;
  /** What the 3D view's chunk adds to them. */
  readonly view3d: ReadonlySet<string>;
  /** The style sheet index.html links, relative to dist/ (undefined when there is none). */
  readonly css: string | undefined;
}

export function firstScreenFiles(): FirstScreenFiles {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script[^>]+src="\.?\/?assets\/([^"]+\.js)"/.exec(html)?.[1];
  const css = /<link[^>]+href="\.?\/?([^"]+\.css)"/.exec(html)?.[1];
  const lazy = readdirSync(join(DIST, 'assets')).find((f) => f.startsWith('PodView') && f.endsWith('.js'));
  if (!entry || !lazy) throw new Error('dist/ does not hold the expected entry and PodView chunks');
  const initial = closure([entry]);
  return { initial, view3d: new Set([...closure([lazy])].filter((f) => !initial.has(f))), css };
}
