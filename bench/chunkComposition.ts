/**
 * What the first screen's JavaScript is made of (run with tsx after `vite build`): every byte of the entry's chunks
 * and of the 3D view's chunks is attributed, through the build's source maps, to the source file it came from, then
 * grouped by npm package or by folder under src/. Each group's gzip share is the chunk's gzip size split in
 * proportion to its minified bytes (gzip does not split exactly, so those are estimates; the totals are measured).
 *
 *   npx tsx bench/chunkComposition.ts [--files]   (--files: list source files instead of groups)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, firstScreenFiles, gzipBytes } from './bundleFiles';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment's base-64 VLQ fields. */
function vlqFields(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Minified bytes per source file of one chunk (unmapped bytes under '(bundler)'). */
export function bytesBySource(chunk: string): Map<string, number> {
  const code = readFileSync(join(DIST, 'assets', chunk), 'utf8');
  const mapFile = join(DIST, 'assets', `${chunk}.map`);
  if (!existsSync(mapFile)) return new Map([['(bundler)', Buffer.byteLength(code)]]);
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as {
    sources: string[];
    mappings: string;
  };
  const lines = code.split('\n');
  const bytes = new Map<string, number>();
  const add = (source: string, n: number) => bytes.set(source, (bytes.get(source) ?? 0) + n);
  let sourceIndex = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let col = 0;
    let from = 0;
    let owner = '(bundler)';
    for (const segment of lineMappings.split(',')) {
      if (segment === '') continue;
      const f = vlqFields(segment);
      col += f[0] ?? 0;
      add(owner, Buffer.byteLength(line.slice(from, col)));
      from = col;
      if (f.length >= 4) {
        sourceIndex += f[1] ?? 0;
        owner = map.sources[sourceIndex] ?? '(bundler)';
      } else owner = '(bundler)';
      // the other fields (original line and column, name) are relative too but not needed here
    }
    add(owner, Buffer.byteLength(line.slice(from)) + 1);
  });
  return bytes;
}

/** 'react-dom', '@react-three/drei', 'src/core/rules' or 'src/ui' for a source path as the map names it. */
export function groupOf(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return pkg[1] as string;
  const src = /(?:^|\/)src\/(.*)$/.exec(source);
  if (!src) return source;
  const parts = (src[1] as string).split('/');
  const depth = parts[0] === 'core' || parts[0] === 'ui' ? 2 : 1;
  return ['src', ...parts.slice(0, Math.min(depth, parts.length - 1))].join('/');
}

function report(title: string, chunks: ReadonlySet<string>, byFile: boolean): void {
  const share = new Map<string, number>();
  let total = 0;
  for (const chunk of chunks) {
    const gz = gzipBytes(join(DIST, 'assets', chunk));
    total += gz;
    const bytes = bytesBySource(chunk);
    let raw = 0;
    for (const n of bytes.values()) raw += n;
    for (const [source, n] of bytes) {
      const key = byFile ? source.replace(/^(\.\.\/)+/, '') : groupOf(source);
      share.set(key, (share.get(key) ?? 0) + (gz * n) / raw);
    }
  }
  const kib = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  console.log(`\n## ${title}: ${kib(total)} gzip in ${chunks.size} chunks\n`);
  console.log('| part | gzip (≈) |\n|---|---:|');
  const rows = [...share].sort((a, b) => b[1] - a[1]);
  const shown = rows.filter(([, n]) => n >= 512);
  for (const [key, n] of shown) console.log(`| ${key} | ${kib(n)} |`);
  const rest = rows.slice(shown.length).reduce((s, [, n]) => s + n, 0);
  if (rest > 0) console.log(`| ${rows.length - shown.length} smaller parts | ${kib(rest)} |`);
}

const { initial, view3d } = firstScreenFiles();
const byFile = process.argv.includes('--files');
report('Entry (the script index.html loads and its static imports)', initial, byFile);
report('3D view (what PodView adds, fetched at boot)', view3d, byFile);
