/**
 * The pods kept aside (saves that could not be opened, the other tab's version, a pod that could not be shown),
 * newest first, each to download or delete. Opened from a notice.
 */
import { useEffect, useState } from 'react';
import { fileStem } from '../../state/layoutFiles';
import { showKeptPods, useKeptPodsOpen } from '../../state/persist/keptView';
import { getPersistence } from '../../state/persist/persistence';
import type { AsideSave } from '../../state/persist/saveStore';
import { downloadText } from '../download';

const nf = new Intl.NumberFormat('en-US');

export function KeptPodsDialog() {
  const open = useKeptPodsOpen();
  const [kept, setKept] = useState<readonly AsideSave[] | null>(null);
  const [nonce, setNonce] = useState(0);
  useEffect(() => {
    if (!open) return;
    let live = true;
    void (getPersistence()?.saves.listAside() ?? Promise.resolve([])).then(
      (list) => live && setKept([...list].reverse()),
    );
    return () => {
      live = false;
    };
  }, [open, nonce]);
  if (!open) return null;
  const remove = (id: string) =>
    void getPersistence()
      ?.saves.deleteAside(id)
      .then(() => setNonce((n) => n + 1));
  return (
    <div
      className="kept-pods"
      role="dialog"
      aria-labelledby="kept-pods-title"
      data-testid="kept-pods"
      onKeyDown={(e) => e.key === 'Escape' && showKeptPods(false)}
    >
      <h2 id="kept-pods-title">Pods kept aside</h2>
      {kept === null ? (
        <p>Reading…</p>
      ) : kept.length === 0 ? (
        <p>No pods are kept aside.</p>
      ) : (
        <ul>
          {kept.map((k) => (
            <li key={k.id} data-testid="kept-pod">
              <span className="kept-pod-reason">{k.reason}</span>
              <span className="kept-pod-meta">
                {new Date(k.at).toLocaleString()} · {nf.format(k.text.length)} characters
              </span>
              <button
                type="button"
                onClick={() =>
                  downloadText(`${fileStem(k.reason).slice(0, 40)}-${k.at}.json`, k.text, 'application/json')
                }
              >
                Download
              </button>
              <button type="button" onClick={() => remove(k.id)}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" autoFocus onClick={() => showKeptPods(false)}>
        Close
      </button>
    </div>
  );
}
