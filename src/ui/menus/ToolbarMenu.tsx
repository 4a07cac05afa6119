/**
 * A toolbar menu (WAI-ARIA menu button): Enter, Space or ↓ opens it on its first item, ↑/↓/Home/End move between
 * items, Esc or Tab closes it and focus returns to the button. Its items stay mounted while it is closed (hidden),
 * so file pickers and dialogs hosted by an item keep working after the menu closes.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useEffect, useRef, useState } from 'react';

const items = (root: HTMLElement | null): HTMLElement[] =>
  root ? [...root.querySelectorAll<HTMLElement>('[role^=menuitem]:not(:disabled)')] : [];

export function ToolbarMenu({
  label,
  children,
  testId,
}: {
  readonly label: string;
  readonly children: ReactNode;
  readonly testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', close);
    return () => window.removeEventListener('pointerdown', close);
  }, [open]);

  const show = (focus: 'first' | 'last') => {
    setOpen(true);
    requestAnimationFrame(() => {
      const list = items(popover.current);
      (focus === 'first' ? list[0] : list[list.length - 1])?.focus();
    });
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      show('first');
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show('last');
    }
  };
  const onMenuKey = (e: KeyboardEvent) => {
    const list = items(popover.current);
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      list[(i + list.length) % list.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(list.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close(true);
    } else if (e.key === 'Tab') close(false);
  };

  return (
    <div className="menu toolbar-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={onButtonKey}
      >
        {label} ▾
      </button>
      <div
        ref={popover}
        className="menu-popover"
        role="menu"
        aria-label={label}
        hidden={!open}
        onKeyDown={onMenuKey}
        onClick={(e) => {
          // Choosing an item closes the menu; headings and notes do not.
          if ((e.target as HTMLElement).closest('[role^=menuitem]')) close(true);
        }}
      >
        {children}
      </div>
    </div>
  );
}

/** A plain item of a toolbar menu. */
export function MenuItem({
  children,
  hint,
  onSelect,
  disabled,
  testId,
  checked,
  title,
}: {
  readonly children: ReactNode;
  readonly hint?: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
  readonly testId?: string;
  /** For on/off items (cable layer, schedule): shown as a check mark and `aria-checked`. */
  readonly checked?: boolean;
  readonly title?: string;
}) {
  return (
    <button
      type="button"
      role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
      aria-checked={checked}
      disabled={disabled}
      data-testid={testId}
      title={title}
      onClick={onSelect}
    >
      <strong>
        {checked !== undefined && (
          <span className="menu-check" aria-hidden="true">
            {checked ? '✓' : ''}
          </span>
        )}
        {children}
      </strong>
      {hint && <span className="muted">{hint}</span>}
    </button>
  );
}

export const MenuHeading = ({ children }: { readonly children: ReactNode }) => (
  <p className="menu-heading" role="presentation">
    {children}
  </p>
);
