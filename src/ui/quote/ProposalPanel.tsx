/**
 * The proposal parts of the quote in the drawer: seller block with logo upload, customer block, tax, discount guard
 * rails with the approval, and revisions (issue, reopen read-only, compare two).
 */
import type { CustomerField, PricedKind, QuoteDetails, SellerField } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { selectBom } from '../../state/quoteSelectors';
import { CommitField } from './CommitField';
import { kindLabel } from './quoteFormat';
import { RevisionsPanel } from './RevisionsPanel';

const SELLER: readonly [SellerField, string, boolean][] = [
  ['company', 'Seller company', false],
  ['address', 'Seller address', true],
  ['contact', 'Seller contact', true],
];
const CUSTOMER: readonly [CustomerField, string, boolean][] = [
  ['contact', 'Customer contact', true],
  ['billingAddress', 'Billing address', true],
  ['deliveryAddress', 'Delivery address', true],
];

const pctOrNull = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};

function readLogo(file: File, onRead: (url: string) => void) {
  const reader = new FileReader();
  reader.onload = () => typeof reader.result === 'string' && onRead(reader.result);
  reader.readAsDataURL(file);
}

export function ProposalPanel({ quote }: { readonly quote: QuoteDetails }) {
  const store = useEditorStore();
  const approval = useEditor((s) => selectBom(s).approval);
  const lines = useEditor((s) => selectBom(s).lines);
  const kinds = [...new Set(lines.map((l) => l.kind as PricedKind))];
  const rails = quote.guardRails;
  const vat = quote.taxes?.[0];
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <fieldset className="quote-details proposal-parties">
        <legend>Seller and customer</legend>
        {SELLER.map(([field, label, multiline]) => (
          <CommitField
            key={`s-${field}`}
            label={label}
            multiline={multiline}
            value={quote.seller?.[field] ?? ''}
            testId={`seller-${field}`}
            onCommit={(value) => dispatch(store, 'setSellerField', { field, value })}
          />
        ))}
        <div className="quote-field">
          <label htmlFor="seller-logo">Seller logo (PNG, JPEG, WebP)</label>
          <input
            id="seller-logo"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            data-testid="seller-logo"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) readLogo(file, (dataUrl) => dispatch(store, 'setSellerLogo', { dataUrl }));
            }}
          />
          {quote.seller?.logo && (
            <button type="button" onClick={() => dispatch(store, 'setSellerLogo', { dataUrl: null })}>
              Remove logo
            </button>
          )}
        </div>
        {CUSTOMER.map(([field, label, multiline]) => (
          <CommitField
            key={`c-${field}`}
            label={label}
            multiline={multiline}
            value={quote.customerBlock?.[field] ?? ''}
            testId={`customer-${field}`}
            onCommit={(value) => dispatch(store, 'setCustomerField', { field, value })}
          />
        ))}
        <CommitField
          label="VAT / sales tax rate (%)"
          type="number"
          value={vat ? String(vat.ratePct) : ''}
          testId="tax-rate"
          onCommit={(text) => {
            const rate = pctOrNull(text);
            if (rate === undefined) return;
            dispatch(store, 'setTaxes', {
              taxes: rate === null ? [] : [{ label: vat?.label ?? 'VAT', ratePct: rate }],
            });
          }}
        />
      </fieldset>

      <fieldset className="quote-details guard-rails">
        <legend>Discount guard rails</legend>
        <CommitField
          label="Largest overall discount (%)"
          type="number"
          value={rails?.maxOverallPct !== undefined ? String(rails.maxOverallPct) : ''}
          testId="rail-max-overall"
          onCommit={(text) => {
            const pct = pctOrNull(text);
            if (pct === undefined) return;
            const { maxOverallPct: _old, ...rest } = rails ?? {};
            const next = pct === null ? rest : { ...rest, maxOverallPct: pct };
            dispatch(store, 'setGuardRails', { rails: Object.keys(next).length > 0 ? next : null });
          }}
        />
        <CommitField
          label="Margin floor over cost (%)"
          type="number"
          value={rails?.minMarginPct !== undefined ? String(rails.minMarginPct) : ''}
          testId="rail-min-margin"
          onCommit={(text) => {
            const pct = pctOrNull(text);
            if (pct === undefined) return;
            const { minMarginPct: _old, ...rest } = rails ?? {};
            const next = pct === null ? rest : { ...rest, minMarginPct: pct };
            dispatch(store, 'setGuardRails', { rails: Object.keys(next).length > 0 ? next : null });
          }}
        />
        <KindLimits quote={quote} kinds={kinds} />
        {approval && (
          <div
            className={`approval approval-${approval.status.replace(' ', '-')}`}
            data-testid="approval-status"
            role="status"
          >
            <strong>
              {approval.status === 'within limits'
                ? 'Within the guard rails.'
                : approval.status === 'approved'
                  ? `Approved by ${approval.approvedBy} on ${approval.approvedOn}.`
                  : 'Needs approval.'}
            </strong>
            {approval.marginPct !== null && <span> Margin {approval.marginPct} % over cost.</span>}
            <ul>
              {approval.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {approval.status !== 'within limits' && (
              <form
                className="approval-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  const data = new FormData(e.currentTarget);
                  dispatch(store, 'setApproval', {
                    approval: {
                      name: String(data.get('name') ?? '').trim(),
                      date: String(data.get('date') ?? ''),
                    },
                  });
                }}
              >
                <label>
                  Approver{' '}
                  <input name="name" data-testid="approver-name" defaultValue={quote.approval?.name ?? ''} />
                </label>
                <label>
                  Date{' '}
                  <input
                    name="date"
                    type="date"
                    data-testid="approver-date"
                    defaultValue={quote.approval?.date ?? today}
                  />
                </label>
                <button type="submit" data-testid="approve">
                  Approve
                </button>
              </form>
            )}
          </div>
        )}
      </fieldset>
      <RevisionsPanel quote={quote} />
    </>
  );
}

/** The largest discount each kind of the quote may get (its own or a line's), %; empty means no limit. */
function KindLimits({
  quote,
  kinds,
}: {
  readonly quote: QuoteDetails;
  readonly kinds: readonly PricedKind[];
}) {
  const store = useEditorStore();
  const rails = quote.guardRails;
  const limits = rails?.maxKindPct ?? [];
  if (kinds.length === 0) return null;
  return (
    <div className="kind-limits" data-testid="rail-kind-limits">
      {kinds.map((kind) => (
        <CommitField
          key={kind}
          label={`Largest discount on ${kindLabel(kind)} (%)`}
          type="number"
          value={String(limits.find((k) => k.kind === kind)?.pct ?? '')}
          testId={`rail-kind-${kind}`}
          onCommit={(text) => {
            const pct = pctOrNull(text);
            if (pct === undefined) return;
            const others = limits.filter((k) => k.kind !== kind);
            const maxKindPct = pct === null ? others : [...others, { kind, pct }];
            const { maxKindPct: _old, ...rest } = rails ?? {};
            const next = maxKindPct.length > 0 ? { ...rest, maxKindPct } : rest;
            dispatch(store, 'setGuardRails', { rails: Object.keys(next).length > 0 ? next : null });
          }}
        />
      ))}
    </div>
  );
}
