/**
 * The layout loader against `JSON.parse` on the text of a 20,000-device pod (issues 14 and 15): what reading and
 * checking a file costs beyond parsing it (target ≤ 3×). `parseLayoutJson` takes a valid current-version file on its
 * fast path (hand-written checks of the long lists, the schema for the rest); the full check, which every file the
 * fast path does not accept goes through (duplicate keys, then the schema over everything), is timed beside it.
 *
 * Run alone with `npx tsx bench/loader.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { loadLayout, MAX_LAYOUT_ISSUES, parseLayoutJson, serializeLayout } from '../src/core';
import { readJsonText } from '../src/core/schema/readJson';
import { bigPod } from '../test/fixtures/bigPod';
import { wiredPod } from '../test/fixtures/wiredPod';
import { fmtMs, time } from './stats';

export interface LoaderBench {
  readonly devices: number;
  readonly chars: number;
  /** Medians, ms. */
  readonly jsonParseMs: number;
  readonly loaderMs: number;
  /** The full check (as for a file the fast path does not accept), ms. */
  readonly fullCheckMs: number;
  /** The wired 16,384-GPU DGX H100 pod (every compute link explicit): its links, text length and medians, ms. */
  readonly wired: {
    readonly links: number;
    readonly chars: number;
    readonly jsonParseMs: number;
    readonly loaderMs: number;
  };
}

function fullCheck(text: string) {
  const value = readJsonText(text, 'a podplan layout', MAX_LAYOUT_ISSUES);
  return value.ok ? loadLayout(value.value) : value;
}

export function runLoaderBench(): LoaderBench {
  const layout = bigPod(20_000);
  const text = serializeLayout(layout);
  return {
    devices: layout.devices.length,
    chars: text.length,
    jsonParseMs: time(() => JSON.parse(text), 11, 2).medianMs,
    loaderMs: time(() => parseLayoutJson(text), 11, 2).medianMs,
    fullCheckMs: time(() => fullCheck(text), 11, 2).medianMs,
    wired: wiredLoad(),
  };
}

function wiredLoad(): LoaderBench['wired'] {
  const layout = wiredPod(16_384);
  const text = serializeLayout(layout);
  return {
    links: layout.links.length,
    chars: text.length,
    jsonParseMs: time(() => JSON.parse(text), 7, 1).medianMs,
    loaderMs: time(() => parseLayoutJson(text), 7, 1).medianMs,
  };
}

export function printLoaderBench(b: LoaderBench): void {
  console.log(
    `\n## Layout loader (${b.devices.toLocaleString('en-US')} devices, ${b.chars.toLocaleString('en-US')} chars)\n`,
  );
  console.log('| what | median |');
  console.log('| --- | --- |');
  console.log(`| JSON.parse | ${fmtMs(b.jsonParseMs)} |`);
  console.log(`| parseLayoutJson (parse, keys, lists, schema, ids) | ${fmtMs(b.loaderMs)} |`);
  console.log(`| ratio to JSON.parse (target ≤ 3) | ${(b.loaderMs / b.jsonParseMs).toFixed(2)} |`);
  console.log(
    `| full check, every list through the schema (a file the fast path defers) | ${fmtMs(b.fullCheckMs)} |`,
  );
  const w = b.wired;
  console.log(
    `| wired 16,384-GPU pod (${w.links.toLocaleString('en-US')} links, ${w.chars.toLocaleString('en-US')} chars): JSON.parse, parseLayoutJson, ratio | ${fmtMs(w.jsonParseMs)}, ${fmtMs(w.loaderMs)}, ${(w.loaderMs / w.jsonParseMs).toFixed(2)} |`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLoaderBench(runLoaderBench());
