import { Component, type ErrorInfo, type ReactNode, useId } from 'react';
import { Notice } from './Notice/Notice';
import { sectionStyles } from './Section/Section';
import { Heading, type HeadingLevel, Text } from './Typography/Typography';

export interface PanelBoundaryProps {
  /** The panel's name as a person reads it (its heading, already translated): the crash notice's heading. */
  name: string;
  /** Level of that heading: the panel's own, so the page's outline keeps the panel. */
  headingLevel: HeadingLevel;
  /** What the error state says first (already translated), e.g. "The “Source health” panel could not be shown". */
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
 * wrong (a crash, not a problem in the data), and the rest of the page still renders. The error
 * state keeps the panel's place in the outline: a region named by a heading at the panel's level
 * that names the panel.
 *
 * Announcements: a panel that crashes after it was shown is news (`role="alert"`, said once); one
 * that crashes while it first renders shows its error state as content, like the rest of the page.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  override state: State = { message: null };
  /** The panel's content was committed at least once: a crash from now on replaces what was shown. */
  private shown = false;

  static getDerivedStateFromError(error: unknown): State {
    return { message: error instanceof Error ? error.message : String(error) };
  }

  override componentDidMount() {
    if (this.state.message === null) this.shown = true;
  }

  override componentDidUpdate() {
    this.componentDidMount();
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  // Declared, not inferred: the inferred type spells out React 19's ReactNode (bigint, Promise…),
  // which React 18's types do not accept as a render result.
  override render(): ReactNode {
    if (this.state.message === null) return this.props.children;
    const { name, headingLevel, title, describe } = this.props;
    return (
      <CrashNotice
        name={name}
        headingLevel={headingLevel}
        title={title}
        detail={describe(this.state.message)}
        announce={this.shown}
      />
    );
  }
}

interface CrashNoticeProps {
  name: string;
  headingLevel: HeadingLevel;
  title: string;
  detail: string;
  announce: boolean;
}

/** The crashed panel: its heading, then a critical notice saying what went wrong. */
function CrashNotice({ name, headingLevel, title, detail, announce }: CrashNoticeProps) {
  const headingId = `${useId()}-title`;
  return (
    <section className={sectionStyles.section} aria-labelledby={headingId} data-state="crashed">
      <Heading id={headingId} level={headingLevel}>
        {name}
      </Heading>
      <Notice tone="critical" role={announce ? 'alert' : undefined}>
        <Text weight="bold">{title}</Text>
        <Text>{detail}</Text>
      </Notice>
    </section>
  );
}
