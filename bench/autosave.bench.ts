/**
 * Autosave cost on a 20,000-device pod (issue 15): what one save writes (the layout text plus the undo history of
 * 50 device moves) and what a reload reads back. The history is encoded as differences, so a save after one more
 * edit re-encodes one step (the others come from the cache).
 *
 * Run alone with `npx tsx bench/autosave.bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { builtinCatalog, parseLayoutJson, serializeLayout } from '../src/core';
import { dispatch } from '../src/state/commands/registry';
import { createEditorStore } from '../src/state/editorStore';
import { decodeHistory, encodeHistory } from '../src/state/persist/historyCodec';
import { bigPod } from '../test/fixtures/bigPod';
import { fmtMs, time } from './stats';

export interface AutosaveBench {
  readonly devices: number;
  readonly steps: number;
  readonly layoutChars: number;
  readonly historyChars: number;
  /** Medians, ms. */
  readonly serializeMs: number;
  /** Decode, then encode again (the first save after a reload). */
  readonly encodeColdMs: number;
  readonly encodeOneMoreMs: number;
  readonly decodeMs: number;
  readonly parseMs: number;
}

export function runAutosaveBench(): AutosaveBench {
  const store = createEditorStore(builtinCatalog, bigPod(20_000));
  const ids = store.getState().layout.devices.map((d) => d.id);
  for (let i = 0; i < 50; i++)
    dispatch(store, 'updateDevice', { id: ids[i * 300]!, patch: { name: `moved ${i}` } });
  const { layout, history } = store.getState();
  const text = serializeLayout(layout);
  const historyText = encodeHistory(history, layout);
  return {
    devices: layout.devices.length,
    steps: history.past.length,
    layoutChars: text.length,
    historyChars: historyText.length,
    serializeMs: time(() => serializeLayout(layout), 11, 2).medianMs,
    // The first save after a reload: the decoded steps seed the cache, so only the working layout is compared.
    encodeColdMs: time(() => encodeHistory(decodeHistory(historyText, layout), layout), 11, 2).medianMs,
    encodeOneMoreMs: time(() => encodeHistory(history, layout), 11, 2).medianMs,
    decodeMs: time(() => decodeHistory(historyText, layout), 11, 2).medianMs,
    parseMs: time(() => parseLayoutJson(text), 5, 1).medianMs,
  };
}

export function printAutosaveBench(b: AutosaveBench): void {
  console.log(`\n## Autosave (${b.devices.toLocaleString('en-US')} devices, ${b.steps} undo steps)\n`);
  console.log('| what | median |');
  console.log('| --- | --- |');
  console.log(`| layout text (${b.layoutChars.toLocaleString('en-US')} chars) | ${fmtMs(b.serializeMs)} |`);
  console.log(
    `| reload, then the first save's history (${b.historyChars.toLocaleString('en-US')} chars) | ${fmtMs(b.encodeColdMs)} |`,
  );
  console.log(`| undo history, steps cached | ${fmtMs(b.encodeOneMoreMs)} |`);
  console.log(`| reload: history decoded | ${fmtMs(b.decodeMs)} |`);
  console.log(`| reload: layout read and checked by the loader | ${fmtMs(b.parseMs)} |`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printAutosaveBench(runAutosaveBench());
