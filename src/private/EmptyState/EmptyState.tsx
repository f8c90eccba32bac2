import type { ReactNode } from 'react';
import { Text } from '../Typography/Typography';
import * as styles from './EmptyState.css';

export interface EmptyStateProps {
  /** What is (not) there: "No source matches these filters." */
  title: string;
  /** What it means or what to do next. */
  description?: ReactNode;
  /** One action that gets the person out of the empty state (a Button). */
  action?: ReactNode;
}

/** The one empty state: a title, an optional description and an optional action. */
export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className={styles.root} data-state="empty">
      <Text weight="medium">{title}</Text>
      {description ? (
        <Text size="sm" tone="muted">
          {description}
        </Text>
      ) : null}
      {action ?? null}
    </div>
  );
}
