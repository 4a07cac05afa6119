/**
 * What a drop ghost says, the same in the 3D view, the elevation and the floor plan: the exact span it lands on
 * ("U20–U23 front"), whether the drop is refused or allowed with new errors, and for a floor CDU or in-row cooler
 * which racks it will serve.
 */
import type { Catalog, Layout } from '../core';
import { floorName, messageInUnits, servedRacksOf, spanText, uHeightOf } from '../core';
import { currentUnits } from './preferences';
import type { DropVerdict } from './session';

/** `ok`: no new error. `warn`: allowed, with new errors (a budget broken). `refused`: physically impossible. */
export type GhostTone = 'ok' | 'warn' | 'refused';

export interface GhostText {
  readonly tone: GhostTone;
  /** Where it lands: `U20–U23 front, rack A1`, `row 1, position 3 (A3)`, `rack A1`. */
  readonly where: string;
  /** The U span alone (`U20–U23`) for a slot drop, else null. */
  readonly span: string | null;
  /** The verdict in words: the summary when clean, else `refused: …` or `allowed, with errors: …`. */
  readonly verdict: string;
  /** Why, alone: `no new errors`, the refusal, or the first new error (`+2 more`), in the reader's units. */
  readonly reason: string;
  /** For a floor CDU or in-row cooler: `serves A1, A2 (its row)`; else null. */
  readonly serves: string | null;
}

/** The verdict's `i`-th problem in the reader's units (heat in the `cooling` family, power elsewhere). */
export function problemText(v: DropVerdict, i: number): string | undefined {
  const message = v.problems[i];
  if (message === undefined) return undefined;
  return messageInUnits(message, v.problemCodes?.[i]?.split('.')[0] ?? '', currentUnits());
}

export const toneOf = (v: DropVerdict): GhostTone =>
  v.problems.length === 0 ? 'ok' : v.allowed ? 'warn' : 'refused';

/** The racks a floor unit in the candidate layout will serve, in words, or null for other subjects. */
export function servesText(candidate: Layout, catalog: Catalog, unitId: string): string | null {
  const unit = candidate.floorUnits.find((f) => f.id === unitId);
  const kind = unit ? catalog.items.get(unit.sku)?.kind : undefined;
  if (!unit || (kind !== 'cdu' && kind !== 'inrow-cooler')) return null;
  const served = servedRacksOf(unit, candidate.racks);
  const names = served.racks.map((r) => r.name).join(', ');
  if (served.rule === 'explicit')
    return served.racks.length ? `serves ${names} (its list)` : 'serves no rack';
  return served.racks.length
    ? `serves ${names} (the racks of its row)`
    : `serves no rack: its row has no racks (a floor unit serves its own row unless given a list)`;
}

function placedSpan(v: DropVerdict, catalog: Catalog): { u: number; h: number; face: string } | null {
  const placed = v.target.kind === 'slot' ? v.candidate.devices.find((d) => d.id === v.subjectId) : undefined;
  const item = placed ? catalog.items.get(placed.sku) : undefined;
  return placed && item ? { u: placed.u, h: uHeightOf(item), face: placed.face } : null;
}

function whereOf(v: DropVerdict, catalog: Catalog): string {
  const t = v.target;
  if (t.kind === 'floor')
    return `row ${t.position.row + 1}, position ${t.position.slot + 1} (${floorName(t.position)})`;
  const rackName = v.candidate.racks.find((r) => r.id === t.rack)?.name ?? t.rack;
  if (t.kind === 'rack') return `rack ${rackName}`;
  const placed = placedSpan(v, catalog);
  if (!placed) return `rack ${rackName}`;
  const snapped = t.pointedU !== undefined && t.pointedU !== placed.u ? ` (snapped from U${t.pointedU})` : '';
  return `${spanText(placed.u, placed.h)} ${placed.face}, rack ${rackName}${snapped}`;
}

export function ghostTextOf(v: DropVerdict, catalog: Catalog): GhostText {
  const tone = toneOf(v);
  const first = problemText(v, 0) ?? 'no room there';
  const more = v.problems.length > 1 ? ` (+${v.problems.length - 1} more)` : '';
  const placed = placedSpan(v, catalog);
  const reason = tone === 'ok' ? 'no new errors' : tone === 'refused' ? first : `${first}${more}`;
  return {
    tone,
    where: whereOf(v, catalog),
    span: placed ? spanText(placed.u, placed.h) : null,
    verdict:
      tone === 'ok'
        ? `${v.summary.split(' → ')[0] ?? v.summary}: fits, no new errors`
        : tone === 'refused'
          ? `refused: ${reason}`
          : `allowed, with errors: ${reason}`,
    reason,
    serves: v.target.kind === 'floor' ? servesText(v.candidate, catalog, v.subjectId) : null,
  };
}

/** The ghost's text on one line, for labels and screen readers. */
export const ghostLine = (g: GhostText): string =>
  [g.where, g.verdict, g.serves].filter((s) => s !== null && s !== '').join(' · ');
