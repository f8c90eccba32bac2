// The actions are data, in the domain: server code (a React Server Component) can read them.
export { PREVIEW_ACTIONS, type PreviewAction } from '../../domain/status';
export type { CellContext, SourceTableVariant } from './columns';
export { SourceDetailDialog, type SourceDetailDialogProps } from './SourceDetailDialog';
export { SourceTable, type SourceTableProps } from './SourceTable';
