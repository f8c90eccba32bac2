import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import * as styles from './Typography.css';

/** A heading level; components take `headingLevel` to fit the host page's outline. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level below `level` (a subsection's heading), never past 6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  level: HeadingLevel;
}

/** `<h1>`…`<h6>` on the system's type scale: the size follows the level, nothing else. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, className, ...rest },
  ref,
) {
  const Tag = `h${level}` as const;
  return <Tag ref={ref} className={cx(styles.heading[level], className)} data-level={level} {...rest} />;
});

export interface TextProps extends ComponentPropsWithoutRef<'p'> {
  /** @default 'p' */
  as?: 'p' | 'span' | 'div';
  /** @default 'md' */
  size?: keyof typeof styles.textSize;
  /** @default 'default' */
  tone?: keyof typeof styles.textTone;
  /** @default 'regular' */
  weight?: keyof typeof styles.textWeight;
}

/** Body text on the system's type scale. */
export const Text = forwardRef<HTMLParagraphElement, TextProps>(function Text(
  { as: Tag = 'p', size = 'md', tone = 'default', weight = 'regular', className, ...rest },
  ref,
) {
  return (
    <Tag
      ref={ref}
      className={cx(styles.textSize[size], styles.textTone[tone], styles.textWeight[weight], className)}
      {...rest}
    />
  );
});
