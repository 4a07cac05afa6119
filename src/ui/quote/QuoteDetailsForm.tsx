/** The quote's details (customer, number, dates, currency, locale, prepared by, notes), each validated before it commits. */
import { useId, useState } from 'react';
import type { QuoteDetails, QuoteTextField } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditorStore } from '../../state/editorContext';

type Kind = 'text' | 'date' | 'textarea';

interface FieldSpec {
  readonly key: QuoteTextField;
  readonly label: string;
  readonly kind: Kind;
  readonly max: number;
  readonly list?: string;
  readonly hint?: string;
}

const FIELDS: readonly FieldSpec[] = [
  { key: 'customer', label: 'Customer', kind: 'text', max: 200 },
  { key: 'quoteNumber', label: 'Quote number', kind: 'text', max: 100 },
  { key: 'date', label: 'Quote date', kind: 'date', max: 10 },
  { key: 'validUntil', label: 'Valid until', kind: 'date', max: 10 },
  { key: 'currency', label: 'Currency', kind: 'text', max: 3, list: 'quote-currencies', hint: 'ISO 4217' },
  {
    key: 'locale',
    label: 'Locale',
    kind: 'text',
    max: 35,
    list: 'quote-locales',
    hint: 'for money and dates',
  },
  { key: 'preparedBy', label: 'Prepared by', kind: 'text', max: 200 },
  { key: 'paymentTerms', label: 'Payment terms', kind: 'text', max: 300 },
  { key: 'incoterms', label: 'Incoterms / shipping', kind: 'text', max: 300 },
  { key: 'notes', label: 'Notes', kind: 'textarea', max: 2000 },
  { key: 'terms', label: 'Terms and conditions', kind: 'textarea', max: 20_000 },
];

const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'AUD',
  'CAD',
  'SEK',
  'KWD',
  'AED',
];
const LOCALES = [
  'en-US',
  'en-GB',
  'de-DE',
  'fr-FR',
  'es-ES',
  'it-IT',
  'nl-NL',
  'ja-JP',
  'zh-CN',
  'en-IN',
  'ar-KW',
];

const isRealDate = (d: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(d) &&
  !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
  new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

/** Why `value` cannot be the field's new value, or null when it can. */
export function quoteFieldProblem(key: QuoteTextField, value: string, quote: QuoteDetails): string | null {
  const spec = FIELDS.find((f) => f.key === key);
  if (spec && value.length > spec.max) return `${spec.label} is at most ${spec.max} characters.`;
  switch (key) {
    case 'date':
    case 'validUntil': {
      if (!isRealDate(value)) return 'Enter a real date (YYYY-MM-DD).';
      const date = key === 'date' ? value : quote.date;
      const until = key === 'validUntil' ? value : quote.validUntil;
      if (until < date) return `Valid until (${until}) is before the quote date (${date}).`;
      return null;
    }
    case 'currency': {
      if (!/^[A-Z]{3}$/.test(value)) return 'Use a three-letter ISO 4217 code such as USD or EUR.';
      try {
        new Intl.NumberFormat('en', { style: 'currency', currency: value });
      } catch {
        return `${value} is not a currency this browser knows.`;
      }
      return null;
    }
    case 'locale':
      try {
        return Intl.getCanonicalLocales(value).length === 1 ? null : 'Use one locale such as en-US.';
      } catch {
        return `“${value}” is not a locale; use one such as en-US or de-DE.`;
      }
    default:
      return null;
  }
}

function QuoteField({ spec, quote }: { readonly spec: FieldSpec; readonly quote: QuoteDetails }) {
  const store = useEditorStore();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const value = quote[spec.key] ?? '';
  const commit = () => {
    if (draft === null) return;
    const next =
      spec.key === 'currency' ? draft.trim().toUpperCase() : spec.kind === 'textarea' ? draft : draft.trim();
    const problem = quoteFieldProblem(spec.key, next, quote);
    if (problem) {
      setError(problem);
      return;
    }
    if (next !== value) dispatch(store, 'updateQuote', { patch: { [spec.key]: next } });
    setDraft(null);
    setError(null);
  };
  const common = {
    id,
    value: draft ?? value,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    'data-testid': `quote-${spec.key}`,
    onBlur: commit,
  };
  const onChange = (v: string) => {
    setDraft(v);
    if (error) setError(null);
  };
  return (
    <div className={`quote-field quote-field-${spec.key}`}>
      <label htmlFor={id}>
        {spec.label}
        {spec.hint && <span className="muted"> ({spec.hint})</span>}
      </label>
      {spec.kind === 'textarea' ? (
        <textarea
          {...common}
          rows={3}
          maxLength={spec.max}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setDraft(null)}
        />
      ) : (
        <input
          {...common}
          type={spec.kind}
          list={spec.list}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setDraft(null);
              setError(null);
            }
          }}
        />
      )}
      {error && (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function QuoteDetailsForm({ quote }: { readonly quote: QuoteDetails }) {
  return (
    <fieldset className="quote-details">
      <legend>Quote details</legend>
      {FIELDS.map((spec) => (
        <QuoteField key={spec.key} spec={spec} quote={quote} />
      ))}
      <datalist id="quote-currencies">
        {CURRENCIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <datalist id="quote-locales">
        {LOCALES.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
    </fieldset>
  );
}
