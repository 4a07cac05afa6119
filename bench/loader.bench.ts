/**
 * The layout loader against `JSON.parse` on the text of a 20,000-device pod (issue 15): what reading and checking a
 * file costs beyond parsing it, and the share of the duplicate-key check (a linear count of the keys in the text,
 * compared with the keys `JSON.parse` kept; the located scan runs only when they differ).
 *
 * Run alone with `npx tsx bench/loader.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { parseLayoutJson, serializeLayout } from '../src/core';
import { bigPod } from '../test/fixtures/bigPod';
import { fmtMs, time } from './stats';

export interface LoaderBench {
  readonly devices: number;
  readonly chars: number;
  /** Medians, ms. */
  readonly jsonParseMs: number;
  readonly loaderMs: number;
}

export function runLoaderBench(): LoaderBench {
  const layout = bigPod(20_000);
  const text = serializeLayout(layout);
  return {
    devices: layout.devices.length,
    chars: text.length,
    jsonParseMs: time(() => JSON.parse(text), 11, 2).medianMs,
    loaderMs: time(() => parseLayoutJson(text), 11, 2).medianMs,
  };
}

export function printLoaderBench(b: LoaderBench): void {
  console.log(
    `\n## Layout loader (${b.devices.toLocaleString('en-US')} devices, ${b.chars.toLocaleString('en-US')} chars)\n`,
  );
  console.log('| what | median |');
  console.log('| --- | --- |');
  console.log(`| JSON.parse | ${fmtMs(b.jsonParseMs)} |`);
  console.log(`| parseLayoutJson (parse, keys, schema, ids) | ${fmtMs(b.loaderMs)} |`);
  console.log(`| ratio to JSON.parse | ${(b.loaderMs / b.jsonParseMs).toFixed(2)} |`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printLoaderBench(runLoaderBench());
