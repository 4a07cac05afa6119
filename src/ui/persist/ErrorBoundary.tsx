/**
 * Keeps one failing panel (or the 3D view) from blanking the app: the area shows what went wrong and two ways out,
 * "Try again" and "Set this pod aside", which keeps the pod for download and opens an empty one.
 */
import type { ErrorInfo, ReactNode } from 'react';
import { Component } from 'react';
import { useEditor, useEditorStore } from '../../state/editorContext';
import type { EditorStore } from '../../state/editorStore';
import { setPodAside } from '../../state/persist/persistence';

interface Props {
  /** The area, for people: "The 3D view", "The inspector". */
  readonly area: string;
  readonly store: EditorStore;
  readonly children: ReactNode;
  /** The whole app: the message fills the page. */
  readonly page?: boolean;
  /** A change of this value (the working layout) clears the error: the new pod gets a fresh try. */
  readonly resetKey?: unknown;
}

interface State {
  readonly error: Error | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.area} failed:`, error.message, info.componentStack?.split('\n')[1]?.trim());
  }

  override componentDidUpdate(previous: Props): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.retry();
  }

  private readonly retry = () => this.setState({ error: null });

  private readonly setAside = () => {
    void setPodAside(
      this.props.store,
      `${this.props.area.toLowerCase()} failed: ${this.state.error?.message ?? 'unknown error'}`,
    ).then(this.retry);
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className={`area-error${this.props.page ? ' page' : ''}`} role="alert" data-testid="area-error">
        <p>
          <strong>{this.props.area} stopped working.</strong> {error.message}
        </p>
        <p>Try again, or set this pod aside (kept for download) and continue with an empty pod.</p>
        <div className="area-error-buttons">
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          <button type="button" onClick={this.setAside} data-testid="set-pod-aside">
            Set this pod aside
          </button>
        </div>
      </div>
    );
  }
}

/** An error boundary for one area of the screen, with the editor store from context. */
export function Guard({ area, children }: { readonly area: string; readonly children: ReactNode }) {
  const layout = useEditor((s) => s.layout);
  return (
    <ErrorBoundary area={area} store={useEditorStore()} resetKey={layout}>
      {children}
    </ErrorBoundary>
  );
}
