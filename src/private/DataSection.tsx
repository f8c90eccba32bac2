import { forwardRef, type ReactNode } from 'react';
import { DataErrorState } from '../components/DataErrorState/DataErrorState';
import { OutdatedBadge } from '../components/OutdatedBadge/OutdatedBadge';
import { useNow } from '../context/NowProvider';
import type { Analysis, DataIssue, DataSet } from '../domain';
import { cx } from './cx';
import { EmptyState } from './EmptyState/EmptyState';
import { useArrived } from './Notice/news';
import type { DataState, RootProps } from './props';
import { SectionHeader, sectionStyles } from './Section/Section';
import { type HeadingLevel, Text } from './Typography/Typography';
import { useAnalysis } from './useAnalysis';

/** The data props every component that shows sources takes, with the same names and defaults. */
export interface DataProps {
  /** Profiles and sources (parsed with the domain schemas). @default an empty data set */
  data?: DataSet;
  /** `analyse(data.sources, now)`, when the host (the page) already derived it; else derived here, once. */
  analysis?: Analysis;
  /** The instant the data is judged at (a `Date` or an ISO-8601 date-time); defaults to the analysis's, else the nearest `NowProvider`'s. */
  now?: Date | string;
  /** `loading` shows placeholders and `aria-busy`; `error` shows what is wrong (`issues`). @default 'ready' */
  state?: DataState;
  /** What is wrong with the data, for `state="error"` (e.g. `parseDataSet(input).issues`). @default [] */
  issues?: readonly DataIssue[];
  /** Level of the component's heading, to fit the host page's outline. @default 2 */
  headingLevel?: HeadingLevel;
}

export const EMPTY_DATA: DataSet = { profiles: [], sources: [] };
const NO_ISSUES: readonly DataIssue[] = [];

/** The analysis a data component shows: the one handed down (with its instant), else derived here. */
export function useDerived({ data = EMPTY_DATA, analysis, now }: DataProps): Analysis {
  // A handed-down analysis carries the instant it was derived at.
  const instant = useNow(now ?? analysis?.now);
  return useAnalysis(data.sources, instant, analysis);
}

export type DataSectionProps = RootProps<
  'section',
  {
    /** Id of the heading: it names the section (a region) and the section's table. */
    titleId: string;
    title: ReactNode;
    headingLevel?: HeadingLevel;
    description?: ReactNode;
    /** Show "Data may be outdated" beside the title (only while ready). */
    outdated?: boolean;
    state?: DataState;
    issues?: readonly DataIssue[];
    /** The empty state's title when there is nothing to show (ready, no item); `null` when there is something. */
    empty: string | null;
    /** Said (politely) while loading, under the placeholders. */
    loadingText: string;
    /** The content, shown when ready and (with placeholders) while loading. */
    children: ReactNode;
  }
>;

/**
 * The section every data component renders: its heading (with "Data may be outdated"), then its
 * content, its loading text, its empty state or what is wrong with the data — the same way in
 * every component. The section is a region named by its heading alone (the badge beside it is not
 * part of the name). What is wrong with the data is announced (`role="alert"`) only when the
 * error replaces what the section first rendered; a section that renders with its error says it
 * as content.
 */
export const DataSection = forwardRef<HTMLElement, DataSectionProps>(function DataSection(
  {
    titleId,
    title,
    headingLevel = 2,
    description,
    outdated = false,
    state = 'ready',
    issues = NO_ISSUES,
    empty,
    loadingText,
    children,
    className,
    ...rest
  },
  ref,
) {
  const loading = state === 'loading';
  const errorIsNews = useArrived(state === 'error');
  return (
    <section
      ref={ref}
      className={cx(sectionStyles.section, className)}
      aria-labelledby={titleId}
      data-state={state}
      {...rest}
    >
      <SectionHeader
        id={titleId}
        level={headingLevel}
        title={title}
        badges={<OutdatedBadge show={state === 'ready' && outdated} />}
        description={description}
      />
      {state === 'error' ? (
        <DataErrorState issues={issues} announce={errorIsNews} />
      ) : !loading && empty !== null ? (
        <EmptyState title={empty} />
      ) : (
        <>
          {children}
          {loading ? (
            <Text role="status" size="sm" tone="muted">
              {loadingText}
            </Text>
          ) : null}
        </>
      )}
    </section>
  );
});
