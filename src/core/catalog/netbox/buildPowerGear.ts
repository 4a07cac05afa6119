/**
 * PDUs and UPSes from NetBox device types with power outlets. A PDU's `maximum_draw` is its inlet capacity, not a
 * load (README §5.3), so the input circuit comes from the inlet plug first (NEMA L21-30P → 208 V three-phase 30 A),
 * then the text ("30A, 200/208V"), then the outlets (NEMA 5-15R → 120 V) and feed legs (B/C → three-phase); what
 * is still unknown takes a stated fallback (230 V, single-phase, 16 A) and is flagged.
 */
import type { Pdu, Ups } from '../../model/catalog';
import { circuitVa } from '../../model/units';
import type { BuildContext, ItemSpecific } from './buildContext';
import { checkRackHeight, resolveWeight } from './buildContext';
import { deviceText } from './classify';
import { derived, estimate, fmtW } from './findings';
import { outletTypeOf, plugCircuit, receptacleVoltage } from './powerPlugs';
import { buildPortGroups } from './ports';
import { ampsFromText, phasesFromText, voltAmpsFromText, voltageFromText, wattsFromText } from './textHints';

/** A PDU `maximum_draw` below this is not watts: no PDU feeds outlets with under 100 W (WTI says 10: amps). */
export const PDU_MIN_PLAUSIBLE_W = 100;

export const PDU_FALLBACK = { voltageV: 230, phases: 1 as const, amps: 16 };

export interface PduBuild {
  readonly item: ItemSpecific<Pdu>;
  /** Nameplate VA of the input circuit when every figure came from the file; else null. */
  readonly capacityW: number | null;
}

export function buildPdu(ctx: BuildContext): PduBuild {
  const { dt, f, fallbacks, tally } = ctx;
  const uHeight = checkRackHeight(ctx, false);
  const text = deviceText(dt);
  const inlet = dt.powerPorts[0] ?? null;
  const plug = plugCircuit(inlet?.type ?? null);
  let complete = true;

  if (dt.powerPorts.length > 1) {
    const types = [...new Set(dt.powerPorts.map((p) => p.type ?? '?'))];
    f.note(
      `${dt.powerPorts.length} inlets (${types.join(', ')}): modelled as one input of the first inlet's rating (transfer switch or dual feed)`,
    );
  }
  if (inlet === null) f.note('no inlet power port');

  // Voltage.
  let voltageV: number;
  const textV = voltageFromText(text);
  const outletV = dt.powerOutlets.map((o) => receptacleVoltage(o.type)).find((v) => v !== null) ?? null;
  if (plug?.voltageV !== undefined) {
    voltageV = plug.voltageV;
    f.infer('voltageV', plug.why, derived(`inlet plug ${inlet?.type}`));
  } else if (textV) {
    voltageV = textV.value;
    f.infer('voltageV', `${voltageV} V from the text '${textV.text}'`, derived(`text '${textV.text}'`));
  } else if (outletV !== null) {
    voltageV = outletV;
    f.infer('voltageV', `${voltageV} V from its NEMA outlets`, derived('outlet receptacle type'));
  } else {
    voltageV = PDU_FALLBACK.voltageV;
    complete = false;
    f.miss(
      'voltageV',
      `inlet '${inlet?.type ?? 'none'}' fixes no voltage and the text gives none; fallback ${voltageV} V`,
      estimate('fallback'),
    );
  }

  // Phases.
  const legs = { A: 0, B: 0, C: 0 };
  for (const o of dt.powerOutlets) if (o.feedLeg) legs[o.feedLeg]++;
  const tagged = legs.A + legs.B + legs.C;
  if (tagged > 0) f.infer('phases', `outlet feed legs A ${legs.A}, B ${legs.B}, C ${legs.C}`);
  let phases: 1 | 3;
  const textPh = phasesFromText(text);
  if (plug?.phases !== undefined) {
    phases = plug.phases;
    if (phases === 1 && legs.B + legs.C > 0)
      f.note('outlets use feed legs B/C behind a single-phase inlet plug');
    if (phases === 3 && tagged > 0 && legs.B + legs.C === 0) {
      f.note('three-phase inlet but every tagged outlet is on leg A (a common upstream shortcut)');
    }
  } else if (textPh) {
    phases = textPh.value;
    f.source('phases', 'derived', `text '${textPh.text}'`);
  } else if (legs.B + legs.C > 0) {
    phases = 3;
    f.infer('phases', 'three-phase: outlets are spread over feed legs B/C', derived('outlet feed legs'));
  } else {
    phases = PDU_FALLBACK.phases;
    complete = false;
    f.miss('phases', 'the inlet, text and feed legs do not say; fallback single-phase', estimate('fallback'));
  }

  // Current. A tiny maximum_draw is amps, not watts (WTI CPM-800: 10 on an inlet feeding 8 × 15 A outlets).
  let amps: number;
  const draw = inlet?.maximumDraw ?? null;
  const textA = ampsFromText(text);
  if (draw !== null && draw < PDU_MIN_PLAUSIBLE_W) {
    amps = draw;
    f.miss(
      'inputAmps',
      `maximum_draw ${draw} is implausible as watts for a PDU (${dt.powerOutlets.length} outlets); read as ${draw} A, confirm it`,
      derived(`maximum_draw ${draw} read as amps`),
    );
  } else if (plug?.amps !== undefined) {
    amps = plug.amps;
    f.infer('inputAmps', `${amps} A: ${plug.why}`, derived(`inlet plug ${inlet?.type}`));
  } else if (textA) {
    amps = textA.value;
    f.infer('inputAmps', `${amps} A from the text '${textA.text}'`, derived(`text '${textA.text}'`));
  } else if (draw !== null && f.fields['voltageV']?.grade !== 'estimate') {
    amps = Math.round((draw / (phases === 3 ? Math.sqrt(3) * voltageV : voltageV)) * 10) / 10;
    f.infer(
      'inputAmps',
      `${amps} A from maximum_draw ${fmtW(draw)} (the inlet capacity) at ${voltageV} V ${phases === 3 ? 'three-phase' : 'single-phase'}`,
      derived('inlet maximum_draw / voltage'),
    );
  } else {
    amps = draw !== null ? Math.round((draw / voltageV) * 10) / 10 : PDU_FALLBACK.amps;
    complete = false;
    f.miss(
      'inputAmps',
      draw !== null
        ? `no rated current; ${amps} A from maximum_draw ${fmtW(draw)} at the fallback voltage`
        : `the inlet '${inlet?.type ?? 'none'}' and the text give no current; fallback ${amps} A`,
      estimate('fallback'),
    );
  }
  const va = circuitVa(voltageV, amps, phases);
  if (draw !== null && draw >= PDU_MIN_PLAUSIBLE_W) {
    f.infer('maximum_draw', `${fmtW(draw)} is the inlet capacity, not a load (not used as a draw)`);
    if (draw > va * 1.05 && f.fields['inputAmps']?.grade !== 'estimate') {
      f.note(
        `maximum_draw ${fmtW(draw)} exceeds the ${Math.round(va)} VA of ${voltageV} V × ${amps} A; circuit kept`,
      );
    }
  }

  // Outlets.
  const counts = { C13: 0, C19: 0 };
  const unmapped = new Map<string, number>();
  for (const o of dt.powerOutlets) {
    const t = outletTypeOf(o.type);
    if (t === 'C13' || t === 'C19') counts[t]++;
    else unmapped.set(o.type ?? '?', (unmapped.get(o.type ?? '?') ?? 0) + 1);
  }
  const outlets = (['C13', 'C19'] as const)
    .filter((t) => counts[t] > 0)
    .map((t) => ({ type: t, count: counts[t] }));
  if (unmapped.size > 0) {
    const list = [...unmapped].map(([t, n]) => `${n} × ${t}`).join(', ');
    if (outlets.length === 0) f.miss('outlets', `no C13/C19 outlets (${list}); podplan models only C13/C19`);
    else f.note(`outlets podplan does not model (only C13/C19): ${list}`);
  }

  const weightKg = resolveWeight(ctx, fallbacks.kgPerU.pdu, 25);
  const item: ItemSpecific<Pdu> = {
    kind: 'pdu',
    placement: uHeight === 0 ? 'rack-0u' : 'rack-u',
    uHeight,
    fullDepth: dt.isFullDepth,
    voltageV,
    phases,
    inputAmps: amps,
    outlets,
    weightKg,
    ports: buildPortGroups(tally, 'power'),
  };
  return { item, capacityW: complete ? Math.round(va) : null };
}

export interface UpsBuild {
  readonly item: ItemSpecific<Ups>;
  readonly capacityW: number | null;
}

/** Assumed power factor when only VA is known (typical of small online/line-interactive UPSes). */
const UPS_POWER_FACTOR = 0.9;

/**
 * A UPS's output capacity: watts in its text ("2700 W"), else its VA × 0.9, unless the inlet's `maximum_draw` is a
 * plausible output (≤ VA: SURTD3000XLI 3000 VA, 2,100 W); a `maximum_draw` alone is ambiguous (upstream uses it for
 * the input or the output, README §5.3) and is flagged. Runtime and efficiency are never in NetBox: fallbacks.
 */
export function buildUps(ctx: BuildContext): UpsBuild {
  const { dt, f, fallbacks, tally } = ctx;
  const uHeight = checkRackHeight(ctx, false);
  const text = deviceText(dt);
  const draw = dt.powerPorts.map((p) => p.maximumDraw).find((d) => d !== null) ?? null;
  const textW = wattsFromText(text);
  const textVa = voltAmpsFromText(text);
  let capacityW: number;
  let known = true;
  if (textW) {
    capacityW = textW.value;
    f.infer('capacityW', `${fmtW(capacityW)} from the text '${textW.text}'`, derived(`text '${textW.text}'`));
  } else if (textVa && draw !== null && draw <= textVa.value) {
    capacityW = draw;
    f.infer(
      'capacityW',
      `maximum_draw ${fmtW(draw)} read as the output (within the ${textVa.value} VA rating)`,
      derived('maximum_draw within the VA rating'),
    );
  } else if (textVa) {
    capacityW = Math.round(textVa.value * UPS_POWER_FACTOR);
    f.infer(
      'capacityW',
      `${textVa.value} VA × ${UPS_POWER_FACTOR} power factor = ${fmtW(capacityW)}${draw !== null ? ` (maximum_draw ${fmtW(draw)} exceeds the VA rating: an input figure)` : ''}`,
      derived(`text '${textVa.text}' × ${UPS_POWER_FACTOR}`),
    );
  } else if (draw !== null) {
    capacityW = draw;
    f.miss(
      'capacityW',
      `only the inlet's maximum_draw ${fmtW(draw)}, which upstream uses for input or output inconsistently; confirm the output rating`,
      derived('inlet maximum_draw'),
    );
  } else {
    capacityW = 0;
    known = false;
    f.miss('capacityW', 'the file gives no rating; 0 W until set', estimate('unknown'));
  }
  f.miss('runtimeMin', 'not in NetBox; estimate 5 min at full load', estimate('5 min, a typical rack UPS'));
  f.miss('efficiency', 'not in NetBox; estimate 0.9', estimate('0.9, a typical double-conversion UPS'));
  if (uHeight === 0) f.infer('placement', 'floor: a 0U UPS is a tower unit');

  const weightKg = resolveWeight(ctx, fallbacks.kgPerU.ups, 35);
  if (tally.dataPorts > 0 || tally.ports.length > 0)
    f.note('UPS network interfaces are not modelled on UPS items');
  const item: ItemSpecific<Ups> = {
    kind: 'ups',
    placement: uHeight === 0 ? 'floor' : 'rack-u',
    uHeight,
    fullDepth: dt.isFullDepth,
    capacityW,
    runtimeMin: 5,
    efficiency: 0.9,
    weightKg,
  };
  return { item, capacityW: known ? capacityW : null };
}
