/** Inspector fields that commit on Enter or blur (one undo step per edit, not per keystroke). */
import { useState } from 'react';

interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onCommit: (value: string) => void;
  readonly testId?: string;
}

export function TextField({ label, value, onCommit, testId }: TextFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null && draft.trim() !== '' && draft !== value) onCommit(draft.trim());
    setDraft(null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="text"
        value={draft ?? value}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </label>
  );
}

interface NumberFieldProps {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onCommit: (value: number) => void;
  readonly unit?: string;
  /** A word after the unit, with its reason as a tooltip (e.g. "estimate" beside an unsourced default). */
  readonly note?: { readonly text: string; readonly title: string } | undefined;
}

export function NumberField({ label, value, min, max, onCommit, unit, note }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const n = draft === null ? value : Number(draft);
    if (Number.isInteger(n) && n >= min && n <= max && n !== value) onCommit(n);
    setDraft(null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-unit">
        <input
          type="number"
          min={min}
          max={max}
          step={1}
          value={draft ?? value}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => e.key === 'Enter' && commit()}
        />
        {unit && <span className="unit">{unit}</span>}
        {note && (
          <span className="field-note" title={note.title}>
            {note.text}
          </span>
        )}
      </span>
    </label>
  );
}

interface DecimalFieldProps {
  readonly label: string;
  readonly value: number | undefined;
  /** Inclusive bounds, in the shown unit. */
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
  /** Shown when the field is empty (the setting is absent). */
  readonly placeholder?: string;
  /** Called with the new value, or undefined when the field was cleared (`clearable`). */
  readonly onCommit: (value: number | undefined) => void;
  readonly clearable?: boolean;
  readonly testId?: string;
}

/**
 * A number that may have decimals (a power factor, a COP), committed on Enter or blur as one edit. Input outside
 * the bounds is not committed: the field says why, in words, and keeps the draft for correcting.
 */
export function DecimalField({
  label,
  value,
  min,
  max,
  unit,
  placeholder,
  onCommit,
  clearable = false,
  testId,
}: DecimalFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim();
    if (text === '' && clearable) {
      if (value !== undefined) onCommit(undefined);
      setDraft(null);
      setProblem(null);
      return;
    }
    const n = Number(text);
    if (text === '' || !Number.isFinite(n) || n < min || n > max) {
      setProblem(`${label} must be a number from ${min} to ${max}${unit ? ` ${unit}` : ''}; not changed.`);
      return;
    }
    if (n !== value) onCommit(n);
    setDraft(null);
    setProblem(null);
  };
  return (
    <label className="field">
      <span>{label}</span>
      <span className="with-unit">
        <input
          type="text"
          inputMode="decimal"
          value={draft ?? (value === undefined ? '' : String(value))}
          placeholder={placeholder}
          data-testid={testId}
          aria-invalid={problem !== null}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setProblem(null);
            }
          }}
        />
        {unit && <span className="unit">{unit}</span>}
      </span>
      {problem && (
        <span className="field-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}

interface SelectFieldProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly onChange: (value: T) => void;
  readonly testId?: string;
}

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  testId,
}: SelectFieldProps<T>) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} data-testid={testId} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A figure with its unit and, when it is not published, its grade. */
export function Figure({
  label,
  value,
  grade,
}: {
  readonly label: string;
  readonly value: string;
  readonly grade?: string;
}) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>
        {value}
        {grade && grade !== 'published' && <span className={`grade grade-${grade}`}>{grade}</span>}
      </dd>
    </div>
  );
}
