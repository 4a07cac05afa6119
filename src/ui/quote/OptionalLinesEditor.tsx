/**
 * Optional items in the drawer: lines the customer may add (spares of what the pod holds, extended support),
 * priced with the quote's discounts and totalled apart from the base. Add with a quantity, remove; each edit is one
 * undo step.
 */
import { useId, useMemo, useState } from 'react';
import type { OptionalLine, Sku } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectBom, selectLocale } from '../../state/quoteSelectors';
import { selectCatalog } from '../../state/selectors';
import { moneyIn } from './quoteFormat';
import { QTY_MESSAGE, parseQty, validQty } from './ServicesEditor';

const NONE: readonly OptionalLine[] = [];

export function OptionalLinesEditor() {
  const store = useEditorStore();
  const catalog = useEditor(selectCatalog);
  const bom = useEditor(selectBom);
  const locale = useEditor(selectLocale);
  const listed = useEditor((s) => s.layout.quote?.optionalLines) ?? NONE;
  const money = moneyIn(bom, locale);
  const spares = useMemo(() => bom.lines.filter((l) => catalog.items.has(l.sku as Sku)), [bom, catalog]);
  const services = useMemo(() => [...catalog.items.values()].filter((i) => i.kind === 'service'), [catalog]);
  const [pick, setPick] = useState('');
  const [qtyText, setQtyText] = useState('1');
  const [error, setError] = useState<string | null>(null);
  const selectId = useId();
  const qtyId = useId();
  const chosen = pick || spares[0]?.sku || services[0]?.sku || '';

  const add = () => {
    const n = parseQty(qtyText);
    if (!validQty(n)) return setError(QTY_MESSAGE);
    if (!chosen) return;
    dispatch(store, 'addOptionalLine', { sku: chosen as Sku, qty: n });
    setError(null);
  };

  return (
    <fieldset className="quote-services optional-lines-editor" data-testid="optional-lines-editor">
      <legend>Optional items (not in the net total)</legend>
      {listed.length === 0 ? (
        <p className="muted">No optional items: add spares or support the customer may take.</p>
      ) : (
        <ul className="service-list">
          {listed.map((o) => {
            const line = bom.optional?.lines.find((l) => l.sku === o.sku);
            const name = catalog.items.get(o.sku)?.name ?? o.sku;
            return (
              <li key={o.sku} data-optional={o.sku}>
                <span className="service-name">{name}</span>
                <span>
                  {o.qty} unit{o.qty === 1 ? '' : 's'}
                </span>
                <span className="num">{line ? money(line.netExtendedPrice) : 'not priced'}</span>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Remove optional ${name}`}
                  onClick={() => dispatch(store, 'removeOptionalLine', { sku: o.sku })}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {bom.optional && (
        <p data-testid="optional-total">
          Optional items after the overall discount: <strong>{money(bom.optional.total)}</strong>
        </p>
      )}
      <div className="service-add">
        <label htmlFor={selectId} className="sr-only">
          Optional item to add
        </label>
        <select
          id={selectId}
          value={chosen}
          data-testid="optional-select"
          onChange={(e) => setPick(e.target.value)}
        >
          <optgroup label="Spares of what the pod holds">
            {spares.map((l) => (
              <option key={l.sku} value={l.sku}>
                {l.name} ({money(l.unitPrice)} each)
              </option>
            ))}
          </optgroup>
          <optgroup label="Services and support">
            {services.map((s) => (
              <option key={s.sku} value={s.sku}>
                {s.name}
              </option>
            ))}
          </optgroup>
        </select>
        <label htmlFor={qtyId} className="sr-only">
          Quantity (units)
        </label>
        <input
          id={qtyId}
          type="text"
          inputMode="numeric"
          className="qty-input"
          aria-invalid={error !== null}
          value={qtyText}
          data-testid="optional-qty"
          onChange={(e) => {
            setQtyText(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => e.key === 'Enter' && add()}
        />
        <span className="muted">units</span>
        <button type="button" onClick={add} data-testid="optional-add">
          Add optional item
        </button>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
    </fieldset>
  );
}
