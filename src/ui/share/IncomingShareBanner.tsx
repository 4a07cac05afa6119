/**
 * Opening the app with `#pod=…`: a valid link is offered, never applied silently (the current pod stays one Undo
 * away, and can be exported first); a damaged or edited link is refused with the reason and changes nothing, so the
 * autosave is untouched. The fragment is cleared once handled, so a reload does not ask again.
 */
import { useEffect, useState } from 'react';
import type { Layout } from '../../core';
import { dispatch } from '../../state/commands/registry';
import { useEditor, useEditorStore } from '../../state/editorContext';
import { layoutExport } from '../../state/layoutFiles';
import { showShare } from '../../state/workflowView';
import { downloadText } from '../download';
import { checkPodOffPage } from '../persist/checkPod';

function clearFragment(): void {
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );
}

const counts = (l: Layout) =>
  `${l.racks.length} rack${l.racks.length === 1 ? '' : 's'}, ${l.devices.length} device${l.devices.length === 1 ? '' : 's'}${l.scenarios?.length ? `, ${l.scenarios.length} scenario${l.scenarios.length === 1 ? '' : 's'}` : ''}`;

export function IncomingShareBanner() {
  const store = useEditorStore();
  const currentName = useEditor((s) => s.layout.name);
  const currentEmpty = useEditor((s) => s.layout.racks.length === 0 && s.layout.floorUnits.length === 0);
  const [offer, setOffer] = useState<Layout | null>(null);

  useEffect(() => {
    const refuse = (problems: readonly string[]) =>
      dispatch(store, 'notify', {
        notice: {
          tone: 'error',
          text: 'This share link could not be opened, so nothing was changed: your pod and its autosave are as you left them. Ask for a new link, or for the layout file.',
          details: problems,
        },
      });
    const handle = async () => {
      if (!window.location.hash.startsWith('#pod=')) return;
      // The link codec loads only for a share link, outside the entry chunk.
      const { readIncomingShare } = await import('../../state/shareLinks');
      const incoming = readIncomingShare(window.location.hash);
      if (incoming.kind === 'none') return;
      clearFragment();
      showShare(null);
      setOffer(null);
      if (incoming.kind === 'invalid') return refuse(incoming.problems);
      // The rules run once off the page before the pod is offered: a pod they cannot check is refused here.
      void checkPodOffPage({ layout: incoming.layout }).then((checked) =>
        checked.ok ? setOffer(checked.layout) : refuse(checked.problems),
      );
    };
    const onHash = () => void handle();
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);

  if (!offer) return null;
  const open = () => {
    dispatch(store, 'replaceLayout', { layout: offer, label: `Open shared pod '${offer.name}'` });
    dispatch(store, 'notify', {
      notice: {
        tone: 'info',
        text: `Opened the shared pod '${offer.name}'. Undo (Ctrl+Z) brings back '${currentName}'.`,
      },
    });
    setOffer(null);
  };
  const exportCurrent = () => {
    const f = layoutExport(store.getState().layout);
    downloadText(f.fileName, f.text, f.mime);
  };
  return (
    <div
      className="share-offer"
      role="alertdialog"
      aria-labelledby="share-offer-text"
      data-testid="share-offer"
    >
      <p id="share-offer-text">
        <strong>Open the shared pod ‘{offer.name}’</strong> ({counts(offer)})?{' '}
        {currentEmpty
          ? 'Your current pod is empty.'
          : `It replaces your current pod ‘${currentName}’, which stays in the undo history (Ctrl+Z); export it first to keep a file.`}
      </p>
      <div className="share-offer-buttons">
        <button type="button" className="primary" onClick={open} data-testid="share-offer-open" autoFocus>
          Open shared pod
        </button>
        {!currentEmpty && (
          <button type="button" onClick={exportCurrent}>
            Export my current pod
          </button>
        )}
        <button type="button" onClick={() => setOffer(null)} data-testid="share-offer-keep">
          Keep my current pod
        </button>
      </div>
    </div>
  );
}
