/** The built-in help: what each panel is and the keyboard map. Opened with `?`, from the status bar or the menus. */
import { useEffect, useRef } from 'react';
import { setPreferences, usePreferences } from '../../state/preferences';
import { KEYBOARD_MAP, PANEL_HELP } from './helpText';

export function HelpOverlay() {
  const open = usePreferences((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help-dialog"
      aria-labelledby="help-title"
      data-testid="help"
      onClose={() => setPreferences({ helpOpen: false })}
    >
      <header className="help-header">
        <h2 id="help-title">podplan help</h2>
        <button
          type="button"
          className="notice-close"
          aria-label="Close the help"
          onClick={() => setPreferences({ helpOpen: false })}
        >
          ×
        </button>
      </header>
      <div className="help-body">
        <section aria-label="Panels">
          <h3>The panels</h3>
          <dl>
            {PANEL_HELP.map(([name, text]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section aria-label="Keyboard">
          <h3>Keyboard</h3>
          <table className="help-keys">
            <tbody>
              {KEYBOARD_MAP.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </dialog>
  );
}
