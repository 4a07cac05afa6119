/**
 * The quote workflow's surfaces, mounted once by the app: the Quote / Scenarios drawer, the share dialog, the
 * incoming share-link offer, and the printable quote page (route `#quote`).
 */
import { MenuItem } from '../menus/ToolbarMenu';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorStore } from '../../state/editorContext';
import type { WorkflowPanel } from '../../state/workflowView';
import { openPanel, useWorkflowView } from '../../state/workflowView';
import { copyShareLink } from '../share/copyLink';
import { IncomingShareBanner } from '../share/IncomingShareBanner';
import { ShareDialog } from '../share/ShareDialog';
import { Later, lazyNamed } from '../lazySurface';
import { ELEVATIONS_ROUTE, QUOTE_ROUTE } from './printRoutes';
import './quote.css';

// The drawers and printed pages load on first use: the first screen only needs the Quote menu.
const QuotePanel = lazyNamed(() => import('./QuotePanel'), 'QuotePanel');
const ScenariosPanel = lazyNamed(() => import('../scenarios/ScenariosPanel'), 'ScenariosPanel');
const QuotePrintView = lazyNamed(() => import('./QuotePrintView'), 'QuotePrintView');
const ElevationsPrintView = lazyNamed(() => import('./ElevationsPrintView'), 'ElevationsPrintView');

type PrintRoute = { readonly revision?: string } | { readonly elevations: 1 | 2 };

/**
 * `#quote` prints the working quote, `#quote/rev/B` an issued revision, `#elevations` (`/2`) every rack's elevation
 * one (two) a page; anything else prints nothing.
 */
function printRoute(hash: string): PrintRoute | null {
  if (hash === QUOTE_ROUTE) return {};
  if (hash === ELEVATIONS_ROUTE) return { elevations: 1 };
  if (hash === `${ELEVATIONS_ROUTE}/2`) return { elevations: 2 };
  const m = /^#quote\/rev\/([A-Z]{1,3})$/.exec(hash);
  return m?.[1] ? { revision: m[1] } : null;
}

const TABS: readonly { readonly id: WorkflowPanel; readonly label: string }[] = [
  { id: 'quote', label: 'Quote' },
  { id: 'scenarios', label: 'Scenarios' },
];

/** The toolbar's bottom edge, px: the drawer starts below it however the toolbar wraps. */
const toolbarBottom = (): number => document.querySelector('.toolbar')?.getBoundingClientRect().bottom ?? 46;

function Drawer({ panel }: { readonly panel: WorkflowPanel }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [top, setTop] = useState(toolbarBottom);
  useEffect(() => heading.current?.focus(), [panel]);
  useEffect(() => {
    const onResize = () => setTop(toolbarBottom());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return (
    <aside
      style={{ top }}
      className="workflow-drawer"
      role="dialog"
      aria-modal="false"
      aria-labelledby="workflow-drawer-title"
      data-testid="workflow-drawer"
      onKeyDown={(e) => {
        if (
          e.key === 'Escape' &&
          !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)
        ) {
          e.stopPropagation();
          openPanel(null);
        }
      }}
    >
      <header className="drawer-header">
        <h2 id="workflow-drawer-title" tabIndex={-1} ref={heading}>
          {panel === 'quote' ? 'Quote' : 'Scenarios'}
        </h2>
        <div role="tablist" aria-label="Quote workflow" className="drawer-tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              aria-selected={panel === t.id}
              onClick={() => openPanel(t.id)}
              data-testid={`tab-${t.id}`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button type="button" className="drawer-close" aria-label="Close" onClick={() => openPanel(null)}>
          ✕
        </button>
      </header>
      <div className="drawer-body" role="tabpanel">
        <Later what={panel === 'quote' ? 'the quote' : 'the scenarios'}>
          {panel === 'quote' ? <QuotePanel /> : <ScenariosPanel />}
        </Later>
      </div>
    </aside>
  );
}

export function QuoteWorkflow() {
  const panel = useWorkflowView((s) => s.panel);
  const [printing, setPrinting] = useState(() => printRoute(window.location.hash));
  useEffect(() => {
    const onHash = () => setPrinting(printRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const closePrint = useCallback(() => {
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}`,
    );
    setPrinting(null);
  }, []);
  return (
    <>
      <IncomingShareBanner />
      {panel && <Drawer panel={panel} />}
      <ShareDialog />
      {printing && (
        <Later what="the printable pages">
          {'elevations' in printing ? (
            <ElevationsPrintView perPage={printing.elevations} onClose={closePrint} />
          ) : (
            <QuotePrintView
              onClose={closePrint}
              {...(printing.revision !== undefined && { revision: printing.revision })}
            />
          )}
        </Later>
      )}
    </>
  );
}

/** The Quote menu's items: the Quote and Scenarios drawers and "Copy link". */
export function WorkflowButtons() {
  const store = useEditorStore();
  const panel = useWorkflowView((s) => s.panel);
  return (
    <>
      {TABS.map((t) => (
        <MenuItem
          key={t.id}
          checked={panel === t.id}
          testId={`open-${t.id}`}
          onSelect={() => openPanel(panel === t.id ? null : t.id)}
        >
          {t.label}
        </MenuItem>
      ))}
      <MenuItem
        testId="copy-link"
        hint="A link that holds this pod, its quote and scenarios"
        onSelect={() => void copyShareLink(store)}
      >
        Copy link
      </MenuItem>
    </>
  );
}
