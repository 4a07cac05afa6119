/** `podplan bom <layout.json> [-o file]`: the bill of materials JSON, byte-identical to the app's export. */
import type { PriceOverride } from '../../core';
import { bom, bomToJson, parsePriceList } from '../../core';
import { readProblem } from '../nodeIo';
import { loadExcelJs } from '../../xlsx/excel';
import type { QuoteWorkbookInput } from '../../xlsx/quoteWorkbook';
import { quoteXlsx } from '../../xlsx/quoteWorkbook';
import { parse } from '../args';
import type { CliCommand, CliIO } from '../command';
import { EXIT } from '../command';
import { layoutArgument } from '../layoutInput';
import { CATALOG_HELP, CATALOG_OPTION } from '../catalogOption';

const USAGE =
  'podplan bom <layout.json> [-o bom.json] [--xlsx quote.xlsx] [--prices list.csv] [--catalog extra.json]';

export const bomCommand: CliCommand = {
  words: ['bom'],
  summary: 'export the bill of materials as JSON',
  help: `${USAGE}

Prints the bill of materials (schema: schema/bom.schema.json): one line per SKU with quantity, unit and extended
price, subtotals per kind, the total, the pod summary and the validation status. Prices in the built-in catalog are
illustrative examples and are flagged as such (priceIsExample).

Options:
  -o, --output <file>  write the JSON to a file instead of standard output
  --xlsx <file>        also write the quote as a spreadsheet: lines, subtotals per kind, totals as formulas,
                       optional lines, and a sheet per rack with its devices and U positions
  --prices <file>      a price list (CSV: sku,unit_price,currency[,unit_cost][,lead_time_weeks][,discount_class],
                       or JSON) overriding list prices
  ${CATALOG_HELP}
  -h, --help           show this help

Exit codes: 0 written (whatever the layout's validation status, which the BOM carries), 2 bad input.
`,
  async run(args, io) {
    const parsed = parse(
      args,
      {
        output: { type: 'string', short: 'o' },
        xlsx: { type: 'string' },
        prices: { type: 'string' },
        ...CATALOG_OPTION,
      },
      io,
      USAGE,
    );
    if (!parsed) return EXIT.badInput;
    const input = layoutArgument('bom', USAGE, parsed, io);
    if (!input) return EXIT.badInput;
    const { layout, catalog } = input;
    let prices: Map<string, PriceOverride> | undefined;
    if (typeof parsed.values.prices === 'string') {
      prices = readPrices(parsed.values.prices, new Set(catalog.items.keys()), io);
      if (!prices) return EXIT.badInput;
    }
    const b = bom(layout, catalog, prices ? { prices } : {});
    const json = bomToJson(b);
    const xlsx = parsed.values.xlsx;
    if (typeof xlsx === 'string') {
      const written = await writeQuoteXlsx(xlsx, { bom: b, layout, catalog }, io);
      if (!written) return EXIT.badInput;
    }
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

async function writeQuoteXlsx(path: string, input: QuoteWorkbookInput, io: CliIO): Promise<boolean> {
  if (!io.writeBytes) {
    io.stderr(`podplan: cannot write '${path}' here (no binary output)\n`);
    return false;
  }
  try {
    io.writeBytes(path, await quoteXlsx(await loadExcelJs(), input));
  } catch (e) {
    io.stderr(`podplan: cannot write '${path}' (${(e as { code?: string }).code ?? 'error'})\n`);
    return false;
  }
  io.stderr(`podplan: wrote ${path}\n`);
  return true;
}

/** Reads a price list; any issue (unknown SKU, bad number) is reported per line and nothing is applied. */
function readPrices(
  path: string,
  known: ReadonlySet<string>,
  io: CliIO,
): Map<string, PriceOverride> | undefined {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (e) {
    io.stderr(`podplan: cannot read price list '${path}' (${readProblem(e)})\n`);
    return undefined;
  }
  const result = parsePriceList(text, path.toLowerCase().endsWith('.json') ? 'json' : 'csv', known);
  if (result.issues.length > 0) {
    io.stderr(`podplan: price list '${path}' has problems; nothing was applied:\n`);
    for (const issue of result.issues) io.stderr(`  ${path}:${issue.line}: ${issue.message}\n`);
    return undefined;
  }
  return new Map(
    [...result.prices].map(([sku, p]) => {
      const { discountClass: _unused, ...override } = p;
      return [sku, override];
    }),
  );
}
