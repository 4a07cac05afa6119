/**
 * What the importer learns about one item while building it: missing figures (with the reason and the fallback the
 * item holds), inferences, per-field provenance overrides and notes. Local to one file's import.
 */
import type { Grade, Provenance } from '../../model/catalog';

export class Findings {
  private readonly missingFields: string[] = [];
  readonly inferred: string[] = [];
  readonly reasons: string[] = [];
  readonly notes: string[] = [];
  readonly fields: Record<string, Provenance> = {};

  /** A figure the file does not give (or gives implausibly): the item holds the stated fallback. */
  miss(field: string, reason: string, provenance?: { readonly grade: Grade; readonly source: string }): void {
    if (!this.missingFields.includes(field)) this.missingFields.push(field);
    const line = `${field}: ${reason}`;
    this.reasons.push(line);
    this.inferred.push(line);
    if (provenance) this.fields[field] = provenance;
  }

  /** A figure inferred rather than read, with how. */
  infer(field: string, how: string, provenance?: { readonly grade: Grade; readonly source: string }): void {
    this.inferred.push(`${field}: ${how}`);
    if (provenance) this.fields[field] = provenance;
  }

  /** Records a field's provenance without a message. */
  source(field: string, grade: Grade, source: string): void {
    this.fields[field] = { grade, source };
  }

  note(text: string): void {
    this.notes.push(text);
  }

  /** Adds a field to `missing` without a reason line (the price, which no NetBox file has). */
  missSilently(field: string): void {
    if (!this.missingFields.includes(field)) this.missingFields.push(field);
  }

  get missing(): readonly string[] {
    return this.missingFields;
  }

  /** True when anything other than the price is missing. */
  get incomplete(): boolean {
    return this.missingFields.some((f) => f !== 'price');
  }
}

export const estimate = (source: string): Provenance => ({ grade: 'estimate', source });
export const derived = (source: string): Provenance => ({ grade: 'derived', source });

/** Formats watts for messages: `1,071 W`. */
export const fmtW = (w: number): string => `${Math.round(w).toLocaleString('en-US')} W`;
