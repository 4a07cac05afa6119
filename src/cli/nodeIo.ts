/** The real file system and streams behind `CliIO`. */
import { readFileSync, writeFileSync } from 'node:fs';
import type { CliIO } from './command';

export const nodeIo: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};
