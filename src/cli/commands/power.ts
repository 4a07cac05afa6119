/** `podplan power <layout.json> [--json]`: the pod's power chain, its checks, and each rack's phases and scheme. */
import type { PowerChainFigures, Report, StorageReport, StrandedPower } from '../../core';
import { storageReport, strandedPower, validate } from '../../core';
import { storageLines, strandedLines } from './powerStorage';
import { parse } from '../args';
import type { CliCommand } from '../command';
import { EXIT } from '../command';
import { layoutArgument } from '../layoutInput';
import { CATALOG_HELP, CATALOG_OPTION } from '../catalogOption';

const USAGE = 'podplan power <layout.json> [--json] [--catalog extra.json]';

const kw = (x: number) => `${x.toFixed(1)} kW`;
const kva = (x: number) => `${x.toFixed(1)} kVA`;
const amps = (x: number) => `${x.toFixed(1)} A`;
const minutes = (m: number | null) => (m === null ? 'unlimited' : `${m.toFixed(1)} min`);

function chainLines(c: PowerChainFigures): string[] {
  const pf = c.powerFactor;
  const ownPfVa = c.itKva - c.itKw / pf;
  const lines = [
    Math.abs(ownPfVa) < 0.0005
      ? `Power factor ${pf} (kVA = kW / ${pf})`
      : `Power factor ${pf} for the pod (kVA = kW / ${pf}); devices with their own power factor change the IT load's kVA by ${ownPfVa > 0 ? '+' : ''}${kva(ownPfVa)} at every level`,
    `IT load          ${kw(c.itKw)}  ${kva(c.itKva)}`,
  ];
  if (c.shelfLossKw > 0) lines.push(`Shelf losses     ${kw(c.shelfLossKw)}`);
  if (c.rackUpsLossKw > 0) lines.push(`Rack UPS losses  ${kw(c.rackUpsLossKw)}`);
  if (c.ups)
    lines.push(
      `UPS              ${c.ups.units} unit(s) in ${c.ups.redundancy}: ${kw(c.ups.loadKw)} (${kva(c.ups.loadKva)}) of ${kw(c.ups.usableKw)} (${kva(c.ups.usableKva)}) usable; loss ${kw(c.ups.lossKw)}; ride-through ${minutes(c.ups.runtimeMin)}${c.ups.carriesCduPumps ? '; CDU pumps on UPS' : ''}`,
    );
  lines.push(`Cooling equip.   ${kw(c.coolingEquipmentKw)}`);
  lines.push(
    `Cooling plant    ${kw(c.coolingPlantKw)} (${c.coolingPlantBasis === 'none' ? 'not counted: set a COP or a PUE' : `from the ${c.coolingPlantBasis.toUpperCase()}`})`,
  );
  if (c.transformer)
    lines.push(
      `Transformer      ${kw(c.transformer.loadKw)} (${kva(c.transformer.loadKva)}) of ${kva(c.transformer.ratingKva)}; loss ${kw(c.transformer.lossKw)}`,
    );
  lines.push(
    `Losses           ${kw(c.lossesKw)}`,
    `Facility         ${kw(c.facilityKw)}  ${kva(c.facilityKva)} of a ${kw(c.utilityFeedKw)} utility feed`,
    `PUE              ${c.pue === null ? 'n/a (no IT load)' : c.pue.toFixed(3)}`,
  );
  if (c.generator)
    lines.push(
      `Generator        ${kw(c.generator.ratingKw)} (${kva(c.generator.ratingKva)}); ${kw(c.generator.blockKw)} per block; storage must carry ${kw(c.generator.storageNeededKw)} of ${kw(c.generator.storageKw)} available; start ${c.generator.startSeconds} s`,
    );
  return lines;
}

function text(report: Report, storage: StorageReport | null, stranded: StrandedPower | null): string {
  const lines = chainLines(report.pod.powerChain);
  if (stranded) lines.push(...strandedLines(stranded));
  if (storage) lines.push(...storageLines(storage));
  else lines.push('', 'Storage: not sized (the layout has no `storage` settings)');
  lines.push(
    '',
    'Racks (per-phase amps at max draw with one feed or circuit lost, against the per-phase limit)',
  );
  for (const r of report.racks) {
    lines.push(
      `${r.name}: ${r.powerScheme}, ${kw(r.kwMax)} IT (${kva(r.acKvaMax)} on PDUs), ${kw(r.inputKwMax)} input, ${kw(r.usableKwPerFeed)} usable with one lost`,
    );
    for (const p of r.pduPhases)
      lines.push(
        `  ${p.label} (feed ${p.feed}): ${p.amps.map((a, i) => `L${i + 1} ${amps(a)}`).join(', ')} of ${amps(p.limitA)}`,
      );
    if (r.ups)
      lines.push(
        `  UPS ${kw(r.ups.capacityKw)} / ${kva(r.ups.capacityKva)} carrying ${kw(r.ups.loadKw)}: ${minutes(r.ups.runtimeMin)}`,
      );
  }
  const power = report.diagnostics.filter((d) => d.code.startsWith('power.'));
  lines.push('', ...power.map((d) => `${d.severity.padEnd(8)} ${d.code}  ${d.message}`));
  lines.push(`${power.filter((d) => d.severity === 'error').length} power errors`);
  return `${lines.join('\n')}\n`;
}

function json(
  file: string,
  report: Report,
  storage: StorageReport | null,
  stranded: StrandedPower | null,
): string {
  const out = {
    file,
    powerChain: report.pod.powerChain,
    storage,
    stranded,
    racks: report.racks.map((r) => ({
      id: r.id,
      name: r.name,
      powerScheme: r.powerScheme,
      kwMax: r.kwMax,
      acKvaMax: r.acKvaMax,
      inputKwMax: r.inputKwMax,
      lossKwMax: r.lossKwMax,
      usableKwPerFeed: r.usableKwPerFeed,
      pduPhases: r.pduPhases,
      ups: r.ups,
    })),
    diagnostics: report.diagnostics.filter((d) => d.code.startsWith('power.')),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const powerCommand: CliCommand = {
  words: ['power'],
  summary: 'print the power chain (grid to rack), UPS and generator checks, and per-rack phases',
  help: `${USAGE}

Prints the pod's power chain at max draw: IT load, shelf and UPS losses, cooling equipment and plant, transformer,
facility kW and kVA against the utility feed, PUE; the UPS and generator checks; and per rack its redundancy
scheme (2N or N+1), kW and kVA, and each PDU's per-phase current against its limit.

When the layout has \`storage\` settings (training profile, grid limits): the storage section, with who absorbs
the training oscillation, each layer's power, energy and nameplate (ramp, checkpoint, generator), battery units by
power and by energy and which binds, the C-rate needed against the unit's, cycle wear, the placed batteries, and a
5-minute simulation at 10 ms (peak grid draw, largest ramp, state of charge, cycles per day).

Options:
  --json      print {file, powerChain, storage, racks, diagnostics} as JSON (kW, kVA, kWh, A, min, s)
  ${CATALOG_HELP}
  -h, --help  show this help

Exit codes: 0 no power errors, 1 power errors, 2 the file cannot be read or is not a layout.
`,
  run(args, io) {
    const parsed = parse(args, { json: { type: 'boolean' }, ...CATALOG_OPTION }, io, USAGE);
    if (!parsed) return EXIT.badInput;
    const input = layoutArgument('power', USAGE, parsed, io);
    if (!input) return EXIT.badInput;
    const { file, layout, catalog } = input;
    const report = validate(layout, catalog);
    const storage = layout.storage
      ? storageReport(layout, catalog, layout.storage, report.pod.itKwMax * 1000, report.pod.gpus).report
      : null;
    const chain = report.pod.powerChain;
    const stranded = strandedPower(layout, catalog, chain.utilityFeedKw * 1000, chain.facilityKw * 1000);
    io.stdout(parsed.values.json ? json(file, report, storage, stranded) : text(report, storage, stranded));
    const errors = report.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('power.'));
    return errors ? EXIT.findings : EXIT.ok;
  },
};
