/** Argument parsing on node:util parseArgs, with the error turned into a message naming the flag. */
import { parseArgs } from 'node:util';
import type { CliIO } from './command';

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

export interface Parsed {
  readonly values: Record<string, string | boolean | undefined>;
  readonly positionals: string[];
}

export function parse(
  args: readonly string[],
  options: Options,
  io: CliIO,
  usage: string,
): Parsed | undefined {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    });
    return { values: values as Parsed['values'], positionals };
  } catch (e) {
    io.stderr(`podplan: ${(e as Error).message}\nusage: ${usage}\n`);
    return undefined;
  }
}
