/**
 * Figures read from a device type's free text (model, description, comments) when no structured field gives them:
 * a PDU's "30A, 200/208V", a UPS's "3000 VA, 2700 W", a CDU's "Cooling Capacity: Up to 250 kW". Values read this
 * way are `derived`, never `published`, and `inferred` quotes the text.
 */

export interface TextFigure {
  readonly value: number;
  /** The matched text, quoted in `inferred`. */
  readonly text: string;
}

const VOLTAGES = new Set([100, 110, 115, 120, 127, 200, 208, 220, 230, 240, 277, 380, 400, 415, 480]);

/**
 * A nominal voltage: "208V", "230 V", "200/208V" (the last of a pair). Ranges such as "120-240V" or "100V-127V"
 * name no single voltage and are skipped.
 */
export function voltageFromText(text: string): TextFigure | null {
  const re = /(?<![\d.\-–/])(\d{3})(?:\s*\/\s*(\d{3}))?\s?V(?:AC)?\b(?!\s*[-–]\s*\d)/g;
  for (const m of text.matchAll(re)) {
    const v = Number(m[2] ?? m[1]);
    if (VOLTAGES.has(v)) return { value: v, text: m[0] };
  }
  return null;
}

/** An input current: "30A", "16 A" (6–125 A, the range of rack PDU inputs). */
export function ampsFromText(text: string): TextFigure | null {
  const re = /(?<![\d.])(\d{1,3})\s?A(?:mps?)?\b/g;
  for (const m of text.matchAll(re)) {
    const a = Number(m[1]);
    if (a >= 6 && a <= 125) return { value: a, text: m[0] };
  }
  return null;
}

/** Phases when the text says: "3-phase", "three phase", "3PH", "3Ø"; "single-phase", "1-phase". */
export function phasesFromText(text: string): { value: 1 | 3; text: string } | null {
  const three = /\b3[\s-]?(?:ph(?:ase)?\b|Ø|φ)|\bthree[\s-]phase\b/i.exec(text);
  if (three) return { value: 3, text: three[0] };
  const one = /\bsingle[\s-]phase\b|\b1[\s-]?ph(?:ase)?\b/i.exec(text);
  if (one) return { value: 1, text: one[0] };
  return null;
}

/** A power in W: "2700 W", "12.5kW", "3KW". */
export function wattsFromText(text: string): TextFigure | null {
  const kw = /(?<![\d.])(\d+(?:\.\d+)?)\s?kW\b/i.exec(text);
  if (kw) return { value: Math.round(Number(kw[1]) * 1000), text: kw[0] };
  const w = /(?<![\d.])(\d{3,6})\s?W\b/.exec(text);
  if (w) return { value: Number(w[1]), text: w[0] };
  return null;
}

/** An apparent power in VA: "3000VA", "20kVA", "1-3kVA" (the upper end). */
export function voltAmpsFromText(text: string): TextFigure | null {
  const m = /(?<![\d.])(\d+(?:\.\d+)?)\s?(k?)VA\b/i.exec(text);
  if (!m) return null;
  const value = Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
  return value >= 100 ? { value, text: m[0] } : null;
}

/** A cooling capacity in W: "Cooling Capacity: Up to 250 kW". */
export function coolingCapacityFromText(text: string): TextFigure | null {
  const m = /capacity\b[^.\d]{0,30}(\d+(?:\.\d+)?)\s?kW\b/i.exec(text);
  return m ? { value: Math.round(Number(m[1]) * 1000), text: m[0] } : null;
}

/** A system's power from its data-sheet text: "Power Consumption: 6.5kW at full load", "Max power draw 2,200 W". */
export function systemPowerFromText(text: string): TextFigure | null {
  const m =
    /(?:power consumption|max(?:imum)? power(?: draw| consumption)?|power draw)\s*[:-]?\s*(?:up to\s*|max(?:imum)?\s*)?(\d+(?:\.\d+)?)\s?(k?)W\b/i.exec(
      text,
    );
  if (!m) return null;
  const value = Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
  return value > 0 ? { value, text: m[0] } : null;
}

/** A weight from data-sheet text, in kg: "System Weight: 271.5 lbs (123.16 kgs) max" → 123.15 kg. */
export function weightFromText(text: string): TextFigure | null {
  const m = /\bweight\s*[:-]?\s*(\d+(?:\.\d+)?)\s?(kgs?|lbs?|pounds)\b/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  const kg = /^kg/i.test(m[2]!) ? n : n * 0.453592;
  return kg > 0 ? { value: Math.round(kg * 1000) / 1000, text: m[0] } : null;
}
