import type { ComponentPropsWithoutRef, ElementType } from 'react';

/**
 * A component's props: its own, plus every attribute of its root element (`id`, `className`,
 * `style`, `data-*`, `aria-*`, `role`, event handlers…), which the root receives. Own props win.
 */
export type RootProps<Root extends ElementType, Own> = Own &
  Omit<ComponentPropsWithoutRef<Root>, keyof Own | 'children'>;

/**
 * Where a component's data stands: `ready` shows it, `loading` shows placeholders and
 * `aria-busy`, `error` shows what is wrong (the component's `issues`). One name and one set of
 * values in every component that shows data.
 */
export type DataState = 'ready' | 'loading' | 'error';
