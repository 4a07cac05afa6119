/** The real file system and streams behind `CliIO`. */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { decodeUtf8 } from '../core';
import type { CliIO } from './command';

/** An error thrown when a file is not UTF-8 text (code `EILSEQ`, as the C library names an illegal byte sequence). */
function notUtf8(reason: string): Error {
  return Object.assign(new Error(reason), { code: 'EILSEQ' });
}

export const nodeIo: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => {
    const text = decodeUtf8(readFileSync(path));
    if (!text.ok) throw notUtf8(text.error);
    return text.value;
  },
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
  writeBytes: (path, bytes) => writeFileSync(path, bytes),
  fileSize: (path) => statSync(path).size,
};

/** Why a file could not be read, for messages: the reason for bytes that are not UTF-8, else the error code. */
export function readProblem(e: unknown): string {
  const { code, message } = e as { code?: string; message?: string };
  if (code === 'EILSEQ' && message !== undefined) return message;
  return code ?? message ?? 'error';
}
