/**
 * The last command's result and what is in hand, announced politely to screen readers. One line at any width: each
 * part shrinks with an ellipsis and carries its whole text in its title, so nothing wraps or overlaps.
 */
import { useEditor } from '../state/editorContext';
import { setPreferences } from '../state/preferences';
import { selectCatalog } from '../state/selectors';

export function StatusBar() {
  const status = useEditor((s) => s.session.status);
  const armed = useEditor((s) => s.session.armed);
  const armedName = useEditor((s) =>
    s.session.armed?.kind === 'sku' ? (selectCatalog(s).items.get(s.session.armed.sku)?.name ?? '') : '',
  );
  const holding = armed
    ? `Holding ${
        armed.kind === 'sku'
          ? armedName
          : `${armed.ids.length} item${armed.ids.length === 1 ? '' : 's'} to move`
      } · click or Enter on a target · Esc to put down`
    : '';
  // While something is held, the palette's "Holding …" status says the same as the chip: show it once.
  const shown = armed && status.startsWith('Holding ') ? '' : status;
  return (
    <footer className="statusbar">
      {armed && (
        <span className="holding" title={holding} data-testid="holding">
          {holding}
        </span>
      )}
      <span className="status-text" role="status" aria-live="polite" data-testid="status" title={shown}>
        {shown}
      </span>
      <button
        type="button"
        className="shortcuts link-like"
        onClick={() => setPreferences({ helpOpen: true })}
        title="What each panel is, and every keyboard shortcut (?)"
      >
        ? Help &amp; keys
      </button>
    </footer>
  );
}
