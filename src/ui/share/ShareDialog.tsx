/**
 * The result of "Copy link": the link (copied to the clipboard, or selected in a text field to copy by hand when the
 * browser refuses), or, for a pod too big for a link, the reason and the file export instead.
 */
import { useEffect, useRef } from 'react';
import { useEditorStore } from '../../state/editorContext';
import { layoutExport } from '../../state/layoutFiles';
import { showShare, useWorkflowView } from '../../state/workflowView';
import { downloadText } from '../download';

const nf = new Intl.NumberFormat('en-US');

export function ShareDialog() {
  const store = useEditorStore();
  const share = useWorkflowView((s) => s.share);
  const field = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!share) return;
    if (share.kind === 'copied') field.current?.select();
    else closeButton.current?.focus();
  }, [share]);
  if (!share) return null;
  const close = () => showShare(null);
  const exportFile = () => {
    const f = layoutExport(store.getState().layout);
    downloadText(f.fileName, f.text, f.mime);
    close();
  };
  return (
    <div
      className="share-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby="share-dialog-title"
      data-testid="share-dialog"
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), close())}
    >
      {share.kind === 'copied' ? (
        <>
          <h2 id="share-dialog-title">{share.copied ? 'Link copied' : 'Copy this link'}</h2>
          <p>
            {share.copied
              ? 'The link is on your clipboard. It holds the whole pod, its quote and its scenarios; nothing is uploaded.'
              : 'The browser did not allow copying to the clipboard. The link is selected below: press Ctrl+C (⌘C) to copy it.'}
          </p>
          <input
            ref={field}
            className="share-url"
            readOnly
            value={share.url}
            aria-label="Share link"
            data-testid="share-url"
            onFocus={(e) => e.target.select()}
          />
          <p className="muted">{nf.format(share.url.length)} characters.</p>
        </>
      ) : (
        <>
          <h2 id="share-dialog-title">This pod is too big for a link</h2>
          <p role="alert">
            Its link would be {nf.format(share.chars)} characters; podplan makes links of at most{' '}
            {nf.format(share.limit)} characters, because chat and mail tools cut longer ones. Export the
            layout file and send that instead.
          </p>
          <button type="button" className="primary" onClick={exportFile} data-testid="share-export-file">
            Export file
          </button>
        </>
      )}
      <button ref={closeButton} type="button" className="share-close" onClick={close}>
        Close
      </button>
    </div>
  );
}
