/** `podplan summary <layout.json> [--json]`: pod and rack capacity figures. */
import type { Report } from '../../core';
import { validate } from '../../core';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';
import { layoutArgument } from '../layoutInput';
import { CATALOG_HELP, CATALOG_OPTION } from '../catalogOption';
import { reportJson } from './validate';

const USAGE = 'podplan summary <layout.json> [--json] [--devices] [--catalog extra.json]';

const kw = (x: number) => `${x.toFixed(1)} kW`;
const pad = (s: string, n: number) => s.padEnd(n);

function table(report: Report): string {
  const { pod } = report;
  const lines = [
    `Racks ${pod.racks} · devices ${pod.devices} · GPUs ${pod.gpus}`,
    `IT load ${kw(pod.itKwTypical)} typical, ${kw(pod.itKwMax)} max; cooling equipment ${kw(pod.coolingKw)}; total ${kw(pod.totalKwMax)} of a ${kw(pod.utilityFeedKw)} utility feed`,
    `Heat ${Math.round(pod.heatBtuPerHour).toLocaleString('en-US')} BTU/h: ${kw(pod.liquidHeatKw)} to liquid, ${kw(pod.airHeatKw)} to air (${kw(pod.airHeatToWaterKw)} by doors/in-row, ${kw(pod.roomAirHeatKw)} to room of ${kw(pod.roomAirKw)})`,
    `Coolant ${pod.coolantLitresPerMinute.toFixed(1)} L/min · airflow ${Math.round(pod.airflowCfm).toLocaleString('en-US')} CFM · weight ${Math.round(pod.weightKg).toLocaleString('en-US')} kg`,
    `Ports by speed: ${
      Object.entries(pod.portsBySpeedGbps)
        .map(([s, n]) => `${n} × ${s} Gb/s`)
        .join(', ') || 'none'
    }`,
    '',
    `${pad('rack', 10)}${pad('U used', 10)}${pad('kW max', 10)}${pad('kW/feed', 10)}${pad('liquid kW', 11)}${pad('air kW', 9)}${pad('kg', 8)}`,
  ];
  for (const r of report.racks) {
    lines.push(
      `${pad(r.name, 10)}${pad(`${r.usedU}/${r.heightU}`, 10)}${pad(r.kwMax.toFixed(1), 10)}${pad(r.usableKwPerFeed.toFixed(1), 10)}${pad(r.liquidHeatKw.toFixed(1), 11)}${pad(r.airHeatKw.toFixed(1), 9)}${pad(Math.round(r.weightKg).toString(), 8)}`,
    );
  }
  lines.push('', `${report.errors} errors, ${report.warnings} warnings (run 'podplan validate' for details)`);
  return `${lines.join('\n')}\n`;
}

export const summaryCommand: CliCommand = {
  words: ['summary'],
  summary: 'print pod and per-rack capacity figures',
  help: `${USAGE}

Prints the pod's totals (IT kW typical and max, heat, liquid/air split, coolant flow, airflow, weight, ports) and a
row per rack (U used, kW at max draw, usable kW with one feed lost, heat, weight).

Options:
  --json      print {file, valid, errors, warnings, infos, diagnostics, pod, racks} as JSON
  --devices   with --json, also include per-device figures
  ${CATALOG_HELP}
  -h, --help  show this help

Exit codes: 0 printed, 2 the file cannot be read or is not a layout.
`,
  run(args, io) {
    const parsed = parse(
      args,
      { json: { type: 'boolean' }, devices: { type: 'boolean' }, ...CATALOG_OPTION },
      io,
      USAGE,
    );
    if (!parsed) return EXIT.badInput;
    const input = layoutArgument('summary', USAGE, parsed, io);
    if (!input) return EXIT.badInput;
    const { file, layout, catalog } = input;
    const report = validate(layout, catalog);
    io.stdout(parsed.values.json ? reportJson(file, report, parsed.values.devices === true) : table(report));
    return EXIT.ok;
  },
};
