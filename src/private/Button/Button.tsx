import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { cx } from '../cx';
import * as styles from './Button.css';

export interface ButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** @default 'secondary' */
  variant?: keyof typeof styles.variant;
  /** @default 'medium' */
  size?: keyof typeof styles.size;
}

/** The one button of the system (internal). `type="button"` unless told otherwise. */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', size = 'medium', className, type = 'button', ...rest },
  ref,
) {
  return (
    <button
      ref={ref}
      type={type}
      className={cx(styles.base, styles.variant[variant], styles.size[size], className)}
      data-variant={variant}
      data-size={size}
      {...rest}
    />
  );
});
