/** The proposal's head: seller block with logo, the quote's facts (number, revision, dates, terms), the customer. */
import type { Bom, QuoteDetails } from '../../core';
import { dateIn } from './quoteFormat';

function Lines({ text }: { readonly text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      {text.split('\n').map((l, i) => (
        <span key={i} className="block-line">
          {l}
        </span>
      ))}
    </>
  );
}

function Fact({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function ProposalHead({
  quote,
  bom,
  layoutName,
  locale,
  revision,
}: {
  readonly quote: QuoteDetails | undefined;
  readonly bom: Bom;
  readonly layoutName: string;
  readonly locale: string;
  readonly revision: string;
}) {
  const seller = quote?.seller;
  const customer = quote?.customerBlock;
  return (
    <header className="proposal-head">
      <div className="party seller" data-testid="proposal-seller">
        {seller?.logo && <img className="seller-logo" src={seller.logo} alt={`${seller.company} logo`} />}
        {seller && (
          <>
            <strong>{seller.company}</strong>
            <Lines text={seller.address} />
            <Lines text={seller.contact} />
          </>
        )}
      </div>
      <div className="proposal-title">
        <h1>{quote?.quoteNumber ? `Quote ${quote.quoteNumber}` : 'Budgetary quote'}</h1>
        <p className="quote-pod-name">{layoutName}</p>
        <dl className="quote-meta">
          <Fact label="Revision" value={revision} />
          {quote && <Fact label="Date" value={dateIn(quote.date, locale)} />}
          {quote && <Fact label="Valid until" value={dateIn(quote.validUntil, locale)} />}
          <Fact label="Currency" value={bom.currency} />
          {quote?.paymentTerms && <Fact label="Payment terms" value={quote.paymentTerms} />}
          {quote?.incoterms && <Fact label="Delivery terms" value={quote.incoterms} />}
          {quote?.preparedBy && <Fact label="Prepared by" value={quote.preparedBy} />}
        </dl>
      </div>
      <div className="party customer" data-testid="proposal-customer">
        <span className="party-label">Prepared for</span>
        <strong>{quote?.customer || '—'}</strong>
        <Lines text={customer?.contact} />
        {customer?.billingAddress && (
          <span className="address">
            <span className="party-label">Billing address</span>
            <Lines text={customer.billingAddress} />
          </span>
        )}
        {customer?.deliveryAddress && (
          <span className="address">
            <span className="party-label">Delivery address</span>
            <Lines text={customer.deliveryAddress} />
          </span>
        )}
      </div>
    </header>
  );
}
