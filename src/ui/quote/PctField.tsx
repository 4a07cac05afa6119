/**
 * A percentage input that commits on Enter or blur (one undo step per edit). Text, not `type=number`, so whatever
 * was typed stays visible next to its validation message instead of silently vanishing.
 */
import { useId, useState } from 'react';

interface PctFieldProps {
  /** Accessible name, e.g. `Discount on NVIDIA DGX H100`. */
  readonly label: string;
  readonly value: number | null;
  readonly onCommit: (pct: number | null) => void;
  /** Shown when empty, e.g. the kind discount a line falls back to. */
  readonly placeholder?: string;
  /** Whether an empty field means "none" (`null`); otherwise empty is refused. */
  readonly allowEmpty?: boolean;
  readonly testId?: string;
}

export const PCT_MESSAGE = 'Enter a percentage from 0 to 100 (e.g. 12.5).';

/** Parses `12.5`, `12,5` or `12.5 %`; null when it is not a percentage from 0 to 100. */
export function parsePct(text: string): number | null {
  const t = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n : null;
}

export function PctField({ label, value, onCommit, placeholder, allowEmpty = false, testId }: PctFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const commit = () => {
    if (draft === null) return;
    if (draft.trim() === '') {
      if (allowEmpty) {
        if (value !== null) onCommit(null);
        setDraft(null);
        setError(null);
      } else setError(PCT_MESSAGE);
      return;
    }
    const n = parsePct(draft);
    if (n === null) {
      setError(PCT_MESSAGE);
      return;
    }
    if (n !== value) onCommit(n);
    setDraft(null);
    setError(null);
  };
  return (
    <span className="pct-field">
      <span className="with-unit">
        <input
          type="text"
          inputMode="decimal"
          aria-label={label}
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
          data-testid={testId}
          value={draft ?? (value === null ? '' : String(value))}
          placeholder={placeholder}
          onChange={(e) => {
            setDraft(e.target.value);
            if (error) setError(null);
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            }
          }}
        />
        <span className="unit">%</span>
      </span>
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
