/**
 * `podplan catalog import <file-or-folder> [-o catalog.json] [--json]`: NetBox device-type YAML → catalog items.
 * The folder walk happens here (node:fs); the core gets `{ path, text }` pairs and returns the report.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { serializeCatalog } from '../../core/catalog/customCatalog';
import type { NetboxImportedEntry, NetboxImportReport, SourceFile } from '../../core/catalog/netbox';
import { importNetboxDeviceTypes, MAX_YAML_CHARS } from '../../core/catalog/netbox';
import { readProblem } from '../nodeIo';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';

const USAGE = 'podplan catalog import <file-or-folder> [-o catalog.json] [--json]';

const YAML_FILE = /\.ya?ml$/i;

/**
 * The YAML files under `root` (a file or a folder, walked recursively, hidden entries skipped), sorted, each with
 * its path relative to the folder (`APC/AP7868.yml`) or, for a single file, as given. Throws when `root` cannot be
 * read.
 */
export function collectYamlFiles(root: string): { readonly abs: string; readonly path: string }[] {
  const st = statSync(root);
  if (!st.isDirectory()) return [{ abs: root, path: root.split(sep).join('/') }];
  const out: { abs: string; path: string }[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile() && YAML_FILE.test(e.name))
        out.push({ abs, path: relative(root, abs).split(sep).join('/') });
    }
  };
  walk(root);
  return out;
}

/** The per-item fields of the `--json` report (the item itself goes to the `-o` catalog). */
function summaryOf(entry: NetboxImportedEntry): Omit<NetboxImportedEntry, 'item'> {
  const { item: _item, ...summary } = entry;
  return summary;
}

export function reportJson(report: NetboxImportReport): string {
  return `${JSON.stringify(
    {
      imported: report.imported.map(summaryOf),
      partial: report.partial.map(summaryOf),
      rejected: report.rejected,
    },
    null,
    2,
  )}\n`;
}

const fmtPorts = (ports: Readonly<Record<string, number>>): string =>
  Object.entries(ports)
    .sort(([a], [b]) => (a === 'other' ? 1 : b === 'other' ? -1 : Number(b) - Number(a)))
    .map(([speed, n]) =>
      speed === 'other'
        ? `${n}×other`
        : Number(speed) < 1
          ? `${n}×${Number(speed) * 1000}M`
          : `${n}×${speed}G`,
    )
    .join(' ');

function line(e: NetboxImportedEntry): string {
  const figures = [
    `${e.uHeight}U`,
    e.weightKg === null ? 'weight ?' : `${e.weightKg} kg`,
    e.maxDrawW !== null ? `max ${e.maxDrawW.toLocaleString('en-US')} W` : null,
    e.capacityW !== null
      ? `capacity ${e.capacityW.toLocaleString('en-US')} ${e.kind === 'pdu' ? 'VA' : 'W'}`
      : null,
    Object.keys(e.portsBySpeedGbps).length > 0 ? `ports ${fmtPorts(e.portsBySpeedGbps)}` : null,
  ].filter((x) => x !== null);
  return `  ${e.sku.padEnd(40)} ${e.kind.padEnd(9)} ${figures.join(', ')}  (${e.file})\n`;
}

export function reportText(source: string, report: NetboxImportReport): string {
  const total = report.imported.length + report.partial.length + report.rejected.length;
  let out = `NetBox import of ${source}: ${total} file${total === 1 ? '' : 's'}: ${report.imported.length} imported, ${report.partial.length} partial, ${report.rejected.length} rejected\n`;
  if (report.imported.length > 0) {
    out += `\nImported (${report.imported.length}):\n`;
    for (const e of report.imported) out += line(e);
  }
  if (report.partial.length > 0) {
    out += `\nPartial (${report.partial.length}): usable, with figures to fill in or confirm before quoting:\n`;
    for (const e of report.partial) {
      out += line(e);
      for (const r of e.reasons) out += `      - ${r}\n`;
    }
  }
  if (report.rejected.length > 0) {
    out += `\nRejected (${report.rejected.length}):\n`;
    for (const r of report.rejected) out += `  ${r.file}: ${r.reason}\n`;
  }
  if (total - report.rejected.length > 0) {
    out += '\nPrices are example 0 USD until a price list sets them (every item lists `price` as missing).\n';
  }
  return out;
}

export const catalogImportCommand: CliCommand = {
  words: ['catalog', 'import'],
  summary: 'import NetBox device-type YAML into catalog items',
  help: `${USAGE}

Reads NetBox device-type YAML (one file, or every .yaml/.yml under a folder) and turns each into a podplan
catalog item. Prints a summary: imported items, partial items with what is missing and why, rejected files
with the reason. Missing figures hold stated estimates (never a silent zero) and are listed per item.

Options:
  -o, --output <file>  write the imported and partial items as a catalog JSON file (schemaVersion 1)
  --json               print the report as JSON: {"imported": [...], "partial": [...], "rejected": [...]}
  -h, --help           show this help

Exit status: 0 when the import ran (whatever it rejected), 2 when the path cannot be read.
See docs/catalog-format.md for the import rules.
`,
  run(args, io) {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(this.help);
      return EXIT.ok;
    }
    const parsed = parse(
      args,
      { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
      io,
      USAGE,
    );
    if (!parsed) return EXIT.badInput;
    const [target, ...extra] = parsed.positionals;
    if (target === undefined || extra.length > 0) {
      io.stderr(`podplan: expected one file or folder\nusage: ${USAGE}\n`);
      return EXIT.badInput;
    }
    let found: { abs: string; path: string }[];
    try {
      found = collectYamlFiles(target);
    } catch (e) {
      io.stderr(`podplan: cannot read '${target}': ${(e as Error).message}\n`);
      return EXIT.badInput;
    }
    const files: SourceFile[] = [];
    const unreadable: { file: string; reason: string }[] = [];
    for (const f of found) {
      // Each file alone: one that is too big, unreadable or not UTF-8 is reported by name and the rest go on.
      try {
        const bytes = io.fileSize?.(f.abs) ?? 0;
        if (bytes > MAX_YAML_CHARS) {
          unreadable.push({
            file: f.path,
            reason: `the file is ${Math.round(bytes / 1024)} KB; a NetBox device type is at most ${MAX_YAML_CHARS / 1024} KB (not read)`,
          });
          continue;
        }
        files.push({ path: f.path, text: io.readFile(f.abs) });
      } catch (e) {
        unreadable.push({ file: f.path, reason: `cannot read the file: ${readProblem(e)}` });
      }
    }
    if (found.length === 0) io.stderr(`podplan: no .yaml or .yml files under '${target}'\n`);
    const core = importNetboxDeviceTypes(files);
    const report: NetboxImportReport = { ...core, rejected: [...core.rejected, ...unreadable] };

    const output = parsed.values.output;
    let note = '';
    if (typeof output === 'string') {
      const items = [...report.imported, ...report.partial].map((e) => e.item);
      try {
        io.writeFile(output, serializeCatalog(items));
      } catch (e) {
        io.stderr(`podplan: cannot write '${output}': ${(e as Error).message}\n`);
        return EXIT.badInput;
      }
      note = `wrote ${items.length} item${items.length === 1 ? '' : 's'} to ${output}\n`;
    }
    if (parsed.values.json) {
      io.stdout(reportJson(report));
      if (note) io.stderr(note); // stdout stays pure JSON
    } else io.stdout(`${reportText(target, report)}${note ? `\n${note}` : ''}`);
    return EXIT.ok;
  },
};
