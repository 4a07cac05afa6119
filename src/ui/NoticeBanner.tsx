/** A dismissable banner for rejected files and a corrupt autosave (with the kept copy offered for download). */
import { useEffect } from 'react';
import { dispatch } from '../state/commands/registry';
import { useEditor, useEditorStore } from '../state/editorContext';
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
        <button
          type="button"
          onClick={() => downloadText('podplan-damaged-save.json', notice.keptText ?? '', 'application/json')}
        >
          Download damaged save
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
  );
}
