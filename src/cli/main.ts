/** The podplan command line: a registry of commands over the planning core. */
import type { CliCommand, CliIO } from './command';
import { EXIT } from './command';
import { bomCommand } from './commands/bom';
import { catalogImportCommand } from './commands/catalogImport';
import { catalogListCommand } from './commands/catalogList';
import { fabricCommand } from './commands/fabric';
import { powerCommand } from './commands/power';
import { planCommand } from './commands/plan';
import { summaryCommand } from './commands/summary';
import { validateCommand } from './commands/validate';
import { nodeIo } from './nodeIo';

/** Longest word sequences first, so `catalog import` wins over `catalog`. */
export const COMMANDS: readonly CliCommand[] = [
  validateCommand,
  bomCommand,
  summaryCommand,
  catalogListCommand,
  catalogImportCommand,
  fabricCommand,
  planCommand,
  powerCommand,
].sort((a, b) => b.words.length - a.words.length);

function usage(): string {
  const rows = [...COMMANDS]
    .sort((a, b) => a.words.join(' ').localeCompare(b.words.join(' ')))
    .map((c) => `  podplan ${c.words.join(' ').padEnd(16)} ${c.summary}`);
  return `podplan: configurator and capacity planner for modular AI compute pods\n\nCommands:\n${rows.join('\n')}\n\nRun 'podplan <command> --help' for a command's options.\n`;
}

export async function main(argv: readonly string[], io: CliIO = nodeIo): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.stdout(usage());
    return argv.length === 0 ? EXIT.badInput : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.words.every((w, i) => argv[i] === w));
  if (!command) {
    io.stderr(`podplan: unknown command '${argv[0]}'\n\n${usage()}`);
    return EXIT.badInput;
  }
  const rest = argv.slice(command.words.length);
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.stderr(
      `podplan: internal error in '${command.words.join(' ')}': ${(e as Error).stack ?? String(e)}\n`,
    );
    return 70;
  }
}
