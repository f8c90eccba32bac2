import type { ReactNode } from 'react';
import { Heading, type HeadingLevel, Text } from '../Typography/Typography';
import * as styles from './Section.css';

export interface SectionHeaderProps {
  /** Id of the heading, for `aria-labelledby` of the section and its table. */
  id: string;
  level: HeadingLevel;
  title: ReactNode;
  /** Shown beside the title (e.g. "Data may be outdated"); not part of the heading's name. */
  badges?: ReactNode;
  /** One line under the title that adds something the title does not say. */
  description?: ReactNode;
}

/** The heading block every component section starts with: title (+ badges), then a description. */
export function SectionHeader({ id, level, title, badges, description }: SectionHeaderProps) {
  return (
    <div className={styles.header}>
      <div className={styles.titleRow}>
        <Heading id={id} level={level}>
          {title}
        </Heading>
        {badges}
      </div>
      {description ? (
        <Text size="sm" tone="muted">
          {description}
        </Text>
      ) : null}
    </div>
  );
}

export { styles as sectionStyles };
