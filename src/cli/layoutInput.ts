/** Reading a layout file for a command: a clear message and exit code 2 when it cannot be read or is not a layout. */
import type { Layout } from '../core';
import { parseLayoutJson } from '../core';
import type { CliIO } from './command';
import { readProblem } from './nodeIo';

export function readLayout(path: string, io: CliIO): Layout | undefined {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    io.stderr(`podplan: cannot read '${path}' (${readProblem(e)})\n`);
    return undefined;
  }
  const result = parseLayoutJson(text);
  if (!result.ok) {
    io.stderr(`podplan: '${path}' is not a valid podplan layout:\n`);
    for (const issue of result.error) io.stderr(`  ${path}: ${issue.path}: ${issue.message}\n`);
    return undefined;
  }
  return result.value;
}
