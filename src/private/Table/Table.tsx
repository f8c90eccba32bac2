import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import { Skeleton } from '../Skeleton/Skeleton';
import type { TableDensity } from './density';
import * as styles from './Table.css';

export interface TableFrameProps extends ComponentPropsWithoutRef<'div'> {
  /** Id of the element that names the frame (its section's heading) when it is a group; a grid frame leaves naming to its grid. */
  labelledBy: string;
  /** `content`: as wide as the table needs (a short table of figures); `full`: the container's width. @default 'full' */
  fit?: keyof typeof styles.frameFit;
  /**
   * The table inside is a keyboard grid (`role="grid"`): its cells take focus, the grid has its own
   * tab stop and scrolls the frame to the cell it moves to. The frame is then neither a group nor a
   * tab stop, only a scrolling viewport a script can focus (`tabIndex` -1). Leave it off for an
   * ordinary table, whose frame is the tab stop that lets a keyboard scroll it. @default false
   */
  grid?: boolean;
}

/**
 * The frame every table sits in: a scrolling viewport with the system's border and surface. For an
 * ordinary table it is a group named by the section's heading and a tab stop, so a keyboard can
 * scroll a wide table on a narrow screen (WCAG 2.1.1); it is not a landmark, the section is the
 * region. For a grid (`grid`) it has no role and no tab stop: the grid's cells are the stop.
 */
export const TableFrame = forwardRef<HTMLDivElement, TableFrameProps>(function TableFrame(
  { labelledBy, fit = 'full', grid = false, className, ...rest },
  ref,
) {
  return grid ? (
    <div
      ref={ref}
      tabIndex={-1}
      className={cx(styles.frame, styles.frameFit[fit], className)}
      data-table-frame="grid"
      {...rest}
    />
  ) : (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling viewport, not a set of form controls (fieldset)
    <div
      ref={ref}
      role="group"
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable table must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={cx(styles.frame, styles.frameFit[fit], className)}
      data-table-frame="table"
      {...rest}
    />
  );
});

export interface TableProps extends ComponentPropsWithoutRef<'table'> {
  /** Body-row height: `regular` (48 px) for rows with badges and actions, `compact` (40 px) for figures. @default 'regular' */
  density?: TableDensity;
}

export const Table = forwardRef<HTMLTableElement, TableProps>(function Table(
  { density = 'regular', className, ...rest },
  ref,
) {
  return (
    <table
      ref={ref}
      className={cx(styles.table, styles.density[density], className)}
      data-density={density}
      {...rest}
    />
  );
});

type ThProps = ComponentPropsWithoutRef<'th'>;
type TdProps = ComponentPropsWithoutRef<'td'>;

/** A column header (`<th scope="col">`), sticky at the top of the frame. */
export function HeaderCell({ className, ...rest }: ThProps) {
  return <th scope="col" className={cx(styles.headerCell, className)} {...rest} />;
}

/** The cell that names its row (`<th scope="row">`), e.g. the source's label. */
export function RowHeaderCell({ className, ...rest }: ThProps) {
  return <th scope="row" className={cx(styles.rowHeaderCell, className)} dir="auto" {...rest} />;
}

export function Cell({ className, ...rest }: TdProps) {
  return <td className={cx(styles.cell, className)} {...rest} />;
}

/** A figure, end-aligned with tabular digits. */
export function NumericCell({ className, ...rest }: TdProps) {
  return <td className={cx(styles.numericCell, className)} {...rest} />;
}

export { styles as tableStyles };

/**
 * Grey bars in the shape of rows while a table's data loads (static under reduced motion); hidden
 * from assistive technology, where the table's `aria-busy` and a status text say "Loading…".
 */
export function SkeletonRows({ columns, rows = 3 }: { columns: number; rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        // biome-ignore lint/a11y/noAriaHiddenOnFocusable: placeholder bars, nothing focusable
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have nothing else to key by
        <tr key={row} aria-hidden="true" data-skeleton="">
          {Array.from({ length: columns }, (_, column) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: static placeholder cells
            <Cell key={column}>
              <Skeleton width={`${50 + ((row * 7 + column * 13) % 40)}%`} />
            </Cell>
          ))}
        </tr>
      ))}
    </>
  );
}
