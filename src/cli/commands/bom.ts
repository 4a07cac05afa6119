/** `podplan bom <layout.json> [-o file]`: the bill of materials JSON, byte-identical to the app's export. */
import { bom, bomToJson, builtinCatalog } from '../../core';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';
import { readLayout } from '../layoutInput';

const USAGE = 'podplan bom <layout.json> [-o bom.json]';

export const bomCommand: CliCommand = {
  words: ['bom'],
  summary: 'export the bill of materials as JSON',
  help: `${USAGE}

Prints the bill of materials (schema: schema/bom.schema.json): one line per SKU with quantity, unit and extended
price, subtotals per kind, the total, the pod summary and the validation status. Prices in the built-in catalog are
illustrative examples and are flagged as such (priceIsExample).

Options:
  -o, --output <file>  write the JSON to a file instead of standard output
  -h, --help           show this help

Exit codes: 0 written (whatever the layout's validation status, which the BOM carries), 2 bad input.
`,
  run(args, io) {
    const parsed = parse(args, { output: { type: 'string', short: 'o' } }, io, USAGE);
    if (!parsed) return EXIT.badInput;
    const [file, ...extra] = parsed.positionals;
    if (!file || extra.length) {
      io.stderr(`podplan: bom takes one layout file\nusage: ${USAGE}\n`);
      return EXIT.badInput;
    }
    const layout = readLayout(file, io);
    if (!layout) return EXIT.badInput;
    const json = bomToJson(bom(layout, builtinCatalog));
    const out = parsed.values.output;
    if (typeof out === 'string') {
      try {
        io.writeFile(out, json);
      } catch (e) {
        io.stderr(`podplan: cannot write '${out}' (${(e as { code?: string }).code ?? 'error'})\n`);
        return EXIT.badInput;
      }
      io.stderr(`podplan: wrote ${out}\n`);
    } else io.stdout(json);
    return EXIT.ok;
  },
};
