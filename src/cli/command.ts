/** The shape of a CLI command. Commands read and write through `CliIO` so tests can run them in-process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Reads a UTF-8 file; throws (ENOENT etc., EILSEQ with the reason when its bytes are not UTF-8) when it cannot. */
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
  /** Writes bytes (an `.xlsx`); absent in IOs that only handle text. */
  readonly writeBytes?: (path: string, bytes: Uint8Array) => void;
  /** Size of a file in bytes, read before the file is (so an oversized one is refused unread). */
  readonly fileSize?: (path: string) => number;
}

export interface CliCommand {
  /** Words that select the command, e.g. `['catalog', 'import']`. */
  readonly words: readonly string[];
  readonly summary: string;
  /** Full `--help` text. */
  readonly help: string;
  /** Returns the process exit code. `args` are the arguments after the command words. */
  run(args: readonly string[], io: CliIO): number | Promise<number>;
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;
