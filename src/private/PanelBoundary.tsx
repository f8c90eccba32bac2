import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Notice } from './Notice/Notice';
import { Text } from './Typography/Typography';

export interface PanelBoundaryProps {
  /** Heading of the error state (already translated). */
  title: string;
  /** Builds the error detail from the thrown message (already translated). */
  describe: (message: string) => string;
  /** Called with what was thrown, e.g. for the host's error reporting. */
  onError?: (error: unknown, info: ErrorInfo) => void;
  children?: ReactNode;
}

interface State {
  message: string | null;
}

/**
 * Keeps a crash inside one panel: that panel shows its error state, naming the panel and what went
 * wrong (a crash, not a problem in the data), and the rest of the page still renders.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  override state: State = { message: null };

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  // Declared, not inferred: the inferred type spells out React 19's ReactNode (bigint, Promise…),
  // which React 18's types do not accept as a render result.
  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    return (
      <Notice tone="critical" role="alert" data-state="crashed">
        <Text weight="bold">{this.props.title}</Text>
        <Text>{this.props.describe(this.state.message)}</Text>
      </Notice>
    );
  }
}
