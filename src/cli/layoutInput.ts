/** Reading a layout file for a command: a clear message and exit code 2 when it cannot be read or is not a layout. */
import type { Catalog, Layout } from '../core';
import { catalogForLayout, parseLayoutJson } from '../core';
import { catalogFor } from './catalogOption';
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

/**
 * A command's one layout argument, read with the catalog it needs (`--catalog` over the built-in one, plus the
 * layout's own items); undefined after saying why on stderr (exit 2).
 */
export function layoutArgument(
  command: string,
  usage: string,
  parsed: {
    readonly positionals: readonly string[];
    readonly values: Record<string, string | boolean | undefined>;
  },
  io: CliIO,
): { readonly file: string; readonly layout: Layout; readonly catalog: Catalog } | undefined {
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    io.stderr(`podplan: ${command} takes one layout file\nusage: ${usage}\n`);
    return undefined;
  }
  const base = catalogFor(parsed.values, io);
  if (!base) return undefined;
  const layout = readLayout(file, io);
  if (!layout) return undefined;
  return { file, layout, catalog: catalogForLayout(base, layout) };
}
