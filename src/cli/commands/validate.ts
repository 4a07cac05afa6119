/** `podplan validate <layout.json> [--json]`: exit 0 when the layout has no errors, 1 when it has, 2 on bad input. */
import type { Report } from '../../core';
import { validate } from '../../core';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';
import { layoutArgument } from '../layoutInput';
import { CATALOG_HELP, CATALOG_OPTION } from '../catalogOption';

const USAGE = 'podplan validate <layout.json> [--json] [--catalog extra.json]';

/** The machine-readable result: the report without the per-device list (use `summary --json --devices`). */
export function reportJson(file: string, report: Report, withDevices = false): string {
  const { errors, warnings, infos, diagnostics, pod, racks } = report;
  const body = { file, valid: errors === 0, errors, warnings, infos, diagnostics, pod, racks };
  return `${JSON.stringify(withDevices ? { ...body, devices: report.devices } : body, null, 2)}\n`;
}

const SYMBOL = { error: 'error  ', warning: 'warning', info: 'info   ' } as const;

export const validateCommand: CliCommand = {
  words: ['validate'],
  summary: 'check a layout: space, power, cooling, airflow, weight, ports, references',
  help: `${USAGE}

Validates a layout file against the catalog and prints every diagnostic with its numbers and limits.

Options:
  --json              print a machine-readable result: {file, valid, errors, warnings, infos, diagnostics, pod, racks}
  ${CATALOG_HELP}
  -h, --help          show this help

Exit codes: 0 no errors (warnings allowed), 1 the layout has errors, 2 the file cannot be read or is not a layout.
`,
  run(args, io) {
    const parsed = parse(args, { json: { type: 'boolean' }, ...CATALOG_OPTION }, io, USAGE);
    if (!parsed) return EXIT.badInput;
    const input = layoutArgument('validate', USAGE, parsed, io);
    if (!input) return EXIT.badInput;
    const { file, layout, catalog } = input;
    const report = validate(layout, catalog);
    if (parsed.values.json) io.stdout(reportJson(file, report));
    else {
      for (const d of report.diagnostics) io.stdout(`${SYMBOL[d.severity]}  ${d.code}  ${d.message}\n`);
      io.stdout(
        `${file}: ${report.errors} errors, ${report.warnings} warnings, ${report.infos} notes; ${report.pod.racks} racks, ${report.pod.gpus} GPUs, ${report.pod.itKwMax.toFixed(1)} kW IT at max draw\n`,
      );
    }
    return report.errors > 0 ? EXIT.findings : EXIT.ok;
  },
};
