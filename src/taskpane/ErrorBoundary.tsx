// Catches a bug while rendering so the pane shows a message and a way on instead of going blank.
import { Component, type ReactNode } from 'react';
import type { Strings } from './i18n';
import { Failure } from './Failure';

interface Props {
  s: Strings;
  onMap: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  private readonly reset = (): void => this.setState({ error: undefined, failed: false });

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Failure
        s={this.props.s}
        error={this.state.error}
        onRetry={this.reset}
        onMap={() => {
          this.props.onMap();
          this.reset();
        }}
      />
    );
  }
}
