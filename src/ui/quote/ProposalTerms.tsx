/** Terms and conditions text and the acceptance block the customer signs. */
import type { QuoteDetails } from '../../core';

const DEFAULT_TERMS =
  'This proposal is valid until the date stated above. Prices are in the stated currency, exclude taxes unless listed, and are subject to the payment and delivery terms above. Lead times run from receipt of the signed order.';

export function ProposalTerms({ quote }: { readonly quote: QuoteDetails | undefined }) {
  return (
    <section className="proposal-terms" aria-label="Terms and acceptance">
      <h2>Terms and conditions</h2>
      {(quote?.terms || DEFAULT_TERMS).split('\n').map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <div className="signature-block" data-testid="signature-block">
        <h3>Acceptance</h3>
        <p>
          Accepted on behalf of <strong>{quote?.customer || '__________________'}</strong>:
        </p>
        <div className="signature-fields">
          <span>Name</span>
          <span>Title</span>
          <span>Signature</span>
          <span>Date</span>
        </div>
      </div>
    </section>
  );
}
