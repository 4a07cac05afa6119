/**
 * The result of "Copy link": the link (copied to the clipboard, or selected in a text field to copy by hand when the
 * browser refuses), or, for a pod too big for a link, the reason and the file export instead.
 */
import { useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../../state/editorContext';
import { layoutExport } from '../../state/layoutFiles';
import { showShare, useWorkflowView } from '../../state/workflowView';
import { downloadText } from '../download';
import { copyShareLink } from './copyLink';

const nf = new Intl.NumberFormat('en-US');

const PART_WORDS: Readonly<Record<string, string>> = {
  scenarios: 'saved scenarios',
  links: 'network links',
  devices: 'devices and PDUs',
  catalogItems: 'imported catalog items',
  'racks and floor': 'racks, floor units and the floor',
  'quote and prices': 'the quote and prices',
};

/** "Leave scenarios out": makes the link again without the saved scenarios (or with them again). */
function ScenariosToggle({ leftOut, onChange }: { leftOut: boolean; onChange: (leftOut: boolean) => void }) {
  return (
    <label className="share-scenarios">
      <input
        type="checkbox"
        checked={leftOut}
        data-testid="share-leave-scenarios-out"
        onChange={(e) => onChange(e.target.checked)}
      />{' '}
      Leave scenarios out (a shorter link with the working pod only)
    </label>
  );
}

export function ShareDialog() {
  const store = useEditorStore();
  const share = useWorkflowView((s) => s.share);
  const field = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  // The box shows the user's choice at once; the link made again without (or with) the scenarios follows.
  const [asked, setAsked] = useState<boolean | null>(null);
  useEffect(() => {
    setAsked(null);
    if (!share) return;
    if (share.kind === 'copied') field.current?.select();
    else closeButton.current?.focus();
  }, [share]);
  if (!share) return null;
  const close = () => showShare(null);
  const relink = (leftOut: boolean) => {
    setAsked(leftOut);
    void copyShareLink(store, leftOut);
  };
  const leftOut = asked ?? share.scenariosLeftOut;
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
              ? `The link is on your clipboard. It holds the whole pod and its quote${share.scenariosLeftOut ? '' : ' and scenarios'}; nothing is uploaded.`
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
          <p className="muted">
            {nf.format(share.url.length)} characters{share.scenariosLeftOut ? ', without the scenarios' : ''}.
          </p>
          {share.hasScenarios && <ScenariosToggle leftOut={leftOut} onChange={relink} />}
        </>
      ) : (
        <>
          <h2 id="share-dialog-title">This pod is too big for a link</h2>
          <p role="alert">
            Its link would be {nf.format(share.chars)} characters; podplan makes links of at most{' '}
            {nf.format(share.limit)} characters, because chat and mail tools cut longer ones. Export the
            layout file and send that instead.
          </p>
          <p data-testid="share-size-parts">
            What makes it big:{' '}
            {share.parts
              .slice(0, 3)
              .map((p) => `${PART_WORDS[p.part] ?? p.part} (about ${nf.format(p.chars)})`)
              .join(', ')}
            .
          </p>
          {share.hasScenarios && <ScenariosToggle leftOut={leftOut} onChange={relink} />}
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
