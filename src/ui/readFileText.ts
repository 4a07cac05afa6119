/**
 * A file's text, strictly UTF-8 as the CLI reads it: `File.text()` would replace bytes that are not UTF-8 with
 * U+FFFD without a word (a Latin-1 "µ" in a name becomes "�"); here they are refused with the offset of the bad byte.
 */
import type { Result } from '../core';
import { decodeUtf8, err } from '../core';

export async function readFileText(file: Blob): Promise<Result<string, string>> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return err(`could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return decodeUtf8(bytes);
}
