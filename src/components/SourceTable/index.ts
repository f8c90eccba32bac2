export type { CellContext, SourceTableVariant } from './columns';
export {
  PREVIEW_ACTIONS,
  type PreviewAction,
  SourceDetailDialog,
  type SourceDetailDialogProps,
} from './SourceDetailDialog';
export { SourceTable, type SourceTableProps } from './SourceTable';
