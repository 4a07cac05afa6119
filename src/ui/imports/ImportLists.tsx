/** The summary's lists: items (with what is missing and why) and rejected files (with reasons and JSON paths). */
import type { ImportItemEntry, ImportRejection } from '../../state/catalogImportPlan';
import { keyFigures, KIND_SINGULAR } from '../format';

/** Rows shown per list; the rest are counted (a whole library holds thousands of devices). */
const SHOWN = 200;

export function ImportItemList({
  entries,
  testId,
}: {
  readonly entries: readonly ImportItemEntry[];
  readonly testId: string;
}) {
  return (
    <ul className="import-list" data-testid={testId}>
      {entries.slice(0, SHOWN).map((e) => (
        <li key={e.item.sku} data-sku={e.item.sku}>
          <div className="import-row">
            <strong>{e.item.name}</strong>
            <span className="muted">
              {KIND_SINGULAR[e.item.kind]} · {keyFigures(e.item).join(' · ')}
            </span>
            {e.replaces === 'builtin' && <span className="badge warning">same SKU as a built-in</span>}
          </div>
          <div className="muted import-file">{e.file}</div>
          {e.missing.length > 0 && (
            <>
              <div className="import-missing">
                Missing:{' '}
                {e.missing.map((m) => (
                  <code key={m}>{m}</code>
                ))}
              </div>
              <ul className="import-reasons">
                {e.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </>
          )}
        </li>
      ))}
      {entries.length > SHOWN && <li className="muted">…and {entries.length - SHOWN} more.</li>}
    </ul>
  );
}

export function RejectedList({ rejected }: { readonly rejected: readonly ImportRejection[] }) {
  return (
    <ul className="import-list" data-testid="import-rejected">
      {rejected.slice(0, SHOWN).map((r, i) => (
        <li key={`${r.file}#${i}`}>
          <div className="import-file">
            <code>{r.file}</code>
          </div>
          <div>{r.reason}</div>
          {r.details.length > 0 && (
            <ul className="import-reasons">
              {r.details.slice(0, 50).map((d, j) => (
                <li key={j}>
                  <code>{d}</code>
                </li>
              ))}
              {r.details.length > 50 && <li>…and {r.details.length - 50} more.</li>}
            </ul>
          )}
        </li>
      ))}
      {rejected.length > SHOWN && <li className="muted">…and {rejected.length - SHOWN} more.</li>}
    </ul>
  );
}
