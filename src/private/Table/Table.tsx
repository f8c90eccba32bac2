import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import { Skeleton } from '../Skeleton/Skeleton';
import type { TableDensity } from './density';
import * as styles from './Table.css';

export interface TableFrameProps extends ComponentPropsWithoutRef<'div'> {
  /** Id of the element that names the table (its section's heading). */
  labelledBy: string;
  /** `content`: as wide as the table needs (a short table of figures); `full`: the container's width. @default 'full' */
  fit?: keyof typeof styles.frameFit;
}

/**
 * The frame every table sits in: a named, focusable scrolling region (a keyboard can scroll a wide
 * table on a narrow screen) with the system's border and surface.
 */
export const TableFrame = forwardRef<HTMLDivElement, TableFrameProps>(function TableFrame(
  { labelledBy, fit = 'full', className, ...rest },
  ref,
) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scrolling viewport inside the component's own section
    <div
      ref={ref}
      role="region"
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={0}
      className={cx(styles.frame, styles.frameFit[fit], className)}
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
