/**
 * Bytes of a file as UTF-8 text, strictly: a byte sequence that is not UTF-8 is reported with its offset instead of
 * being replaced by U+FFFD without a word (a Latin-1 "µ" would otherwise turn into "�" in a name or a SKU).
 */
import type { Result } from '../model/result';
import { err, ok } from '../model/result';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    try {
      strict.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The text of `bytes`, or why they are not UTF-8 text (the first bad byte and its offset). */
export function decodeUtf8(bytes: Uint8Array): Result<string, string> {
  try {
    return ok(strict.decode(bytes));
  } catch {
    const at = firstBadByte(bytes);
    const byte = bytes[at];
    const shown = byte === undefined ? 'the end' : `byte 0x${byte.toString(16).padStart(2, '0')}`;
    return err(
      `not UTF-8 text: ${shown} at offset ${at} is not valid UTF-8 (save the file as UTF-8 and try again)`,
    );
  }
}
