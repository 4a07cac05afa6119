/**
 * A dismissable banner for rejected files, a pod set aside (its copy offered for download, with the list of all kept
 * pods) and saving that fails (with the layout export offered).
 */
import { useEffect } from 'react';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
import { layoutExport } from '../state/layoutFiles';
import { showKeptPods } from '../state/persist/keptView';
import { downloadText } from './download';

export function NoticeBanner() {
  const store = useEditorStore();
  const notice = useEditor((s) => s.session.notice);
  // Confirmations fade after a while; errors stay until dismissed.
  useEffect(() => {
    if (notice?.tone !== 'info') return;
    const t = setTimeout(() => {
      if (store.getState().session.notice === notice) dispatch(store, 'notify', { notice: null });
    }, 8000);
    return () => clearTimeout(t);
  }, [store, notice]);
  if (!notice) return null;
  return (
    // The slot holds an error in the flow; a confirmation floats from it over the workspace (app.css).
    <div className="notice-slot">
      <div
        className={`notice ${notice.tone}`}
        role={notice.tone === 'error' ? 'alert' : 'status'}
        data-testid="notice"
      >
        <div className="notice-text">
          <p>{notice.text}</p>
          {notice.details && notice.details.length > 0 && (
            <ul className="notice-details">
              {notice.details.slice(0, 12).map((d) => (
                <li key={d}>
                  <code>{d}</code>
                </li>
              ))}
              {notice.details.length > 12 && <li>…and {notice.details.length - 12} more.</li>}
            </ul>
          )}
        </div>
        {notice.keptText !== undefined && (
          <>
            <button
              type="button"
              onClick={() =>
                downloadText('podplan-damaged-save.json', notice.keptText ?? '', 'application/json')
              }
            >
              Download damaged save
            </button>
            <button type="button" onClick={() => showKeptPods(true)} data-testid="show-kept-pods">
              All kept pods
            </button>
          </>
        )}
        {notice.offerExport && (
          <button
            type="button"
            data-testid="notice-export"
            onClick={() => {
              const f = layoutExport(store.getState().layout);
              downloadText(f.fileName, f.text, f.mime);
            }}
          >
            Export layout
          </button>
        )}
        <button
          type="button"
          className="notice-close"
          aria-label="Dismiss"
          onClick={() => dispatch(store, 'notify', { notice: null })}
        >
          ✕
        </button>
      </div>
    </div>
  );
}
