/** The last command's result and what is in hand, announced politely to screen readers. */
import { useEditor } from '../state/editorContext';
import { selectCatalog } from '../state/selectors';

export function StatusBar() {
  const status = useEditor((s) => s.session.status);
  const armed = useEditor((s) => s.session.armed);
  const armedName = useEditor((s) =>
    s.session.armed?.kind === 'sku' ? (selectCatalog(s).items.get(s.session.armed.sku)?.name ?? '') : '',
  );
  return (
    <footer className="statusbar">
      {armed && (
        <span className="holding">
          Holding{' '}
          {armed.kind === 'sku'
            ? armedName
            : `${armed.ids.length} item${armed.ids.length === 1 ? '' : 's'} to move`}{' '}
          · click or Enter on a target · Esc to put down
        </span>
      )}
      <span role="status" aria-live="polite" data-testid="status">
        {status}
      </span>
      <span className="shortcuts muted">
        Ctrl+Z undo · Ctrl+Shift+Z redo · Del delete · Ctrl+D duplicate · M move · Shift-click multi-select
      </span>
    </footer>
  );
}
