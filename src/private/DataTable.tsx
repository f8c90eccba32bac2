import { type ForwardedRef, forwardRef, type ReactNode, type RefAttributes, useId } from 'react';
import { DataSection, type DataSectionProps } from './DataSection';
import { ShowMoreButton, type ShowMoreItemProps, useShowMore } from './ShowMore/ShowMore';
import { HeaderCell, SkeletonRows, Table, TableFrame } from './Table/Table';

export type DataTableProps<Item> = Omit<DataSectionProps, 'titleId' | 'empty' | 'children'> & {
  /** The items, one body row each, in order. */
  items: readonly Item[];
  /** The column headers' text (already translated), in order. */
  headers: readonly string[];
  /** The empty state's title, shown when there is no item. */
  empty: string;
  /** Render only this many rows at first, with a "Show more" button. @default all rows */
  initialCount?: number;
  /** The body row of an item (a `<tr>` with a `key`), given the props "Show more" needs on it. */
  row: (item: Item, rowProps: ShowMoreItemProps) => ReactNode;
};

/**
 * A data section (`DataSection`) whose content is one table of items: a region named by its
 * heading, its table named the same; placeholder rows while loading; "Show more" when only
 * `initialCount` rows show at first.
 *
 * Focus: "Show more" moves focus to the first row it revealed (with the focus ring); the button,
 * gone once every row shows, never leaves focus on `<body>`.
 */
export const DataTable = forwardRef(function DataTable<Item>(
  { items, headers, empty, initialCount, row, state = 'ready', ...rest }: DataTableProps<Item>,
  ref: ForwardedRef<HTMLElement>,
) {
  const titleId = `${useId()}-title`;
  const { visible, remaining, more, itemProps } = useShowMore(items.length, initialCount);
  const loading = state === 'loading';
  return (
    <DataSection ref={ref} titleId={titleId} state={state} empty={items.length === 0 ? empty : null} {...rest}>
      <TableFrame labelledBy={titleId}>
        <Table density="regular" aria-labelledby={titleId} aria-busy={loading || undefined}>
          <thead>
            <tr>
              {headers.map((header) => (
                <HeaderCell key={header}>{header}</HeaderCell>
              ))}
            </tr>
          </thead>
          <tbody>
            {loading ? (
              <SkeletonRows columns={headers.length} />
            ) : (
              items.slice(0, visible).map((item, index) => row(item, itemProps(index)))
            )}
          </tbody>
        </Table>
      </TableFrame>
      {loading ? null : <ShowMoreButton remaining={remaining} step={initialCount ?? remaining} onMore={more} />}
    </DataSection>
  );
}) as <Item>(props: DataTableProps<Item> & RefAttributes<HTMLElement>) => ReactNode;
