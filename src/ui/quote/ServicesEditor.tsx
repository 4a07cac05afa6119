/** The quote's services (installation, commissioning, support years): add with a quantity, change it, remove. */
import { useId, useMemo, useState } from 'react';
import type { Catalog, Layout, Service, Sku } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectCatalog } from '../../state/selectors';

const unitWord = (s: Service, qty: number) =>
  s.unit === 'year' ? `year${qty === 1 ? '' : 's'}` : `unit${qty === 1 ? '' : 's'}`;

/** A sensible first quantity: racks for per-rack work, GPU servers for per-server support, else 1. */
export function suggestedQty(service: Service, layout: Layout, catalog: Catalog): number {
  if (service.sku.includes('rack')) return Math.max(1, layout.racks.length);
  if (service.sku.includes('gpu-server')) {
    const n = layout.devices.filter((d) => {
      const item = catalog.items.get(d.sku);
      return item?.kind === 'server' && item.gpuCount > 0;
    }).length;
    return Math.max(1, n);
  }
  return 1;
}

export const parseQty = (t: string): number | null => (/^\d+$/.test(t.trim()) ? Number(t) : null);
export const QTY_MESSAGE = 'Enter a whole number from 1 to 100,000.';
export const validQty = (n: number | null): n is number => n !== null && n >= 1 && n <= 100_000;

function QtyInput({ sku, qty, label }: { readonly sku: Sku; readonly qty: number; readonly label: string }) {
  const store = useEditorStore();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const n = parseQty(draft);
    if (!validQty(n)) return setError(QTY_MESSAGE);
    if (n !== qty) dispatch(store, 'setServiceQty', { sku, qty: n });
    setDraft(null);
    setError(null);
  };
  return (
    <span className="pct-field">
      <input
        type="text"
        inputMode="numeric"
        className="qty-input"
        aria-label={label}
        aria-invalid={error !== null}
        value={draft ?? String(qty)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}

export function ServicesEditor() {
  const store = useEditorStore();
  const catalog = useEditor(selectCatalog);
  const layout = useEditor((s) => s.layout);
  const services = useMemo(
    () => [...catalog.items.values()].filter((i): i is Service => i.kind === 'service'),
    [catalog],
  );
  const [pick, setPick] = useState<string>('');
  const [qtyText, setQtyText] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const qtyId = useId();
  const chosen = services.find((s) => s.sku === pick) ?? services[0];
  const listed = layout.quote?.services ?? [];

  const add = () => {
    if (!chosen) return;
    const n = qtyText.trim() === '' ? suggestedQty(chosen, layout, catalog) : parseQty(qtyText);
    if (!validQty(n)) return setError(QTY_MESSAGE);
    dispatch(store, 'addService', { sku: chosen.sku, qty: n });
    setQtyText('');
    setError(null);
  };

  return (
    <fieldset className="quote-services">
      <legend>Services</legend>
      {listed.length === 0 ? (
        <p className="muted">No services on this quote.</p>
      ) : (
        <ul className="service-list">
          {listed.map((s) => {
            const item = catalog.items.get(s.sku);
            const service = item?.kind === 'service' ? item : null;
            return (
              <li key={s.sku} data-service={s.sku}>
                <span className="service-name">{item?.name ?? `${s.sku} (not in the catalog)`}</span>
                <QtyInput sku={s.sku} qty={s.qty} label={`Quantity of ${item?.name ?? s.sku}`} />
                <span className="muted">{service ? unitWord(service, s.qty) : ''}</span>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove ${item?.name ?? s.sku}`}
                  onClick={() => dispatch(store, 'removeService', { sku: s.sku })}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {services.length > 0 && (
        <div className="service-add">
          <label htmlFor={selectId} className="sr-only">
            Service to add
          </label>
          <select
            id={selectId}
            value={chosen?.sku ?? ''}
            data-testid="service-select"
            onChange={(e) => setPick(e.target.value)}
          >
            {services.map((s) => (
              <option key={s.sku} value={s.sku}>
                {s.name}
              </option>
            ))}
          </select>
          <label htmlFor={qtyId} className="sr-only">
            Quantity
          </label>
          <input
            id={qtyId}
            type="text"
            inputMode="numeric"
            className="qty-input"
            aria-invalid={error !== null}
            placeholder={chosen ? String(suggestedQty(chosen, layout, catalog)) : '1'}
            value={qtyText}
            data-testid="service-qty"
            onChange={(e) => {
              setQtyText(e.target.value);
              setError(null);
            }}
            onKeyDown={(e) => e.key === 'Enter' && add()}
          />
          <span className="muted">{chosen ? unitWord(chosen, 2) : ''}</span>
          <button type="button" onClick={add} data-testid="service-add">
            Add service
          </button>
          {error && (
            <span className="field-error" role="alert">
              {error}
            </span>
          )}
        </div>
      )}
    </fieldset>
  );
}
