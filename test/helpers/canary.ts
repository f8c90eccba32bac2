/**
 * Secret canary checks: type a unique string into a credential field, then ask where it can still be
 * found. `findCanary` returns every place it appears; a write-only field must leave none (the
 * `onSubmit` mock's own record of the call is the one place it is meant to go, and is not looked at).
 * Reused by every story that handles a secret (the page story included).
 */

export interface ConsoleCall {
  method: ConsoleMethod;
  args: unknown[];
}

export const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
export type ConsoleMethod = (typeof CONSOLE_METHODS)[number];

/** Records every console call (still printing it) until `restore()`. */
export function captureConsole(target: Console = console): { calls: ConsoleCall[]; restore: () => void } {
  const calls: ConsoleCall[] = [];
  const originals = CONSOLE_METHODS.map((method) => [method, target[method]] as const);
  for (const [method, original] of originals) {
    target[method] = (...args: unknown[]) => {
      calls.push({ method, args });
      original.apply(target, args);
    };
  }
  return {
    calls,
    restore: () => {
      for (const [method, original] of originals) target[method] = original;
    },
  };
}

export interface CanaryScope {
  /** The document or element to search (defaults to `document`): text, every attribute, form values. */
  root?: Document | Element;
  /** The story's args (or any props object), searched as JSON. Functions (mocks) are skipped. */
  args?: unknown;
  /** Console calls captured during the interaction. */
  console?: readonly ConsoleCall[];
  /** The window whose URL, storage, cookies and title are searched. @default window */
  window?: Window;
}

export interface CanaryHit {
  /** Where: `text`, `attribute`, `value`, `args`, `url`, `localStorage`, `sessionStorage`, `cookie`, `title`, `console`, `react`. */
  where: string;
  /** What exactly: an element path and attribute, a storage key, a console method… */
  detail: string;
}

/** JSON with functions dropped and cycles cut, for args and console arguments. */
export function safeStringify(value: unknown): string {
  const seen = new WeakSet<object>();
  try {
    return (
      JSON.stringify(value, (_key, item: unknown) => {
        if (typeof item === 'function' || typeof item === 'symbol') return undefined;
        if (typeof item === 'bigint') return item.toString();
        if (item && typeof item === 'object') {
          if (seen.has(item)) return '[cycle]';
          seen.add(item);
          if (typeof Node !== 'undefined' && item instanceof Node) return `[node ${item.nodeName}]`;
          if (item instanceof Error) return { name: item.name, message: item.message, stack: item.stack };
        }
        return item;
      }) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  return `<${element.tagName.toLowerCase()}${id}>`;
}

/** Every place `secret` appears in `scope`. An empty list means the secret is nowhere. */
export function findCanary(secret: string, scope: CanaryScope = {}): CanaryHit[] {
  if (secret === '') throw new Error('findCanary needs a non-empty secret');
  const hits: CanaryHit[] = [];
  const has = (text: string | null | undefined) => typeof text === 'string' && text.includes(secret);
  const win = scope.window ?? window;
  const root = scope.root ?? win.document;
  const doc = root instanceof Document ? root : root.ownerDocument;
  const top = root instanceof Document ? root.documentElement : root;

  // The DOM: text nodes (including <script>/<style> text and comments), then every element.
  const walker = doc.createTreeWalker(top, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (has(node.nodeValue)) hits.push({ where: 'text', detail: describe(node.parentElement ?? top) });
  }
  for (const element of [top, ...top.querySelectorAll('*')]) {
    for (const attribute of element.attributes) {
      if (has(attribute.value) || has(attribute.name)) {
        hits.push({ where: 'attribute', detail: `${describe(element)} ${attribute.name}` });
      }
    }
    if (
      (element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement) &&
      has(element.value)
    ) {
      hits.push({ where: 'value', detail: `${describe(element)}.value` });
    }
    if (element.shadowRoot && has(element.shadowRoot.innerHTML)) {
      hits.push({ where: 'text', detail: `${describe(element)} shadow root` });
    }
  }

  if (scope.args !== undefined && has(safeStringify(scope.args))) hits.push({ where: 'args', detail: 'story args' });
  if (has(win.location.href) || has(decodeURIComponent(win.location.href))) {
    hits.push({ where: 'url', detail: win.location.href });
  }
  for (const [name, storage] of [
    ['localStorage', win.localStorage],
    ['sessionStorage', win.sessionStorage],
  ] as const) {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index) ?? '';
      if (has(key) || has(storage.getItem(key))) hits.push({ where: name, detail: key });
    }
  }
  if (has(win.document.cookie)) hits.push({ where: 'cookie', detail: 'document.cookie' });
  if (has(win.document.title)) hits.push({ where: 'title', detail: 'document.title' });
  for (const call of scope.console ?? []) {
    if (call.args.some((arg) => has(typeof arg === 'string' ? arg : safeStringify(arg)))) {
      hits.push({ where: 'console', detail: `console.${call.method}` });
    }
  }
  hits.push(...findInReactTree(secret, top));
  return hits;
}

/**
 * Searches the props and hook state React keeps for the rendered tree (from the fibers attached to
 * the DOM), so a value held in `useState`, a memo or a child's props is found even when nothing
 * shows it. Functions and DOM nodes are skipped; refs to DOM inputs are covered by the DOM search.
 */
export function findInReactTree(secret: string, top: Element): CanaryHit[] {
  const hits: CanaryHit[] = [];
  const visitedFibers = new Set<object>();
  const seen = new WeakSet<object>();

  const search = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return value.includes(secret);
    if (!value || typeof value !== 'object' || depth > 8) return false;
    if (typeof Node !== 'undefined' && value instanceof Node) return false;
    // The window (a virtualiser keeps a reference to it) is the test runner's, not the component's state.
    if (typeof Window !== 'undefined' && value instanceof Window) return false;
    if (seen.has(value)) return false;
    seen.add(value);
    if ('$$typeof' in value && (value as { $$typeof: unknown }).$$typeof !== undefined) {
      // A React element: its props may carry the value (e.g. `defaultValue`).
      return search((value as { props?: unknown }).props, depth + 1);
    }
    for (const key of Object.keys(value)) {
      if (key === '_owner' || key === 'return' || key === 'stateNode') continue;
      if (search((value as Record<string, unknown>)[key], depth + 1)) return true;
    }
    return false;
  };

  const fiberKey = (node: Element) => Object.keys(node).find((key) => key.startsWith('__reactFiber$'));
  const elements = [top, ...top.querySelectorAll('*')];
  const start = elements.map((node) => {
    const key = fiberKey(node);
    return key ? (node as unknown as Record<string, unknown>)[key] : undefined;
  });

  type Fiber = {
    memoizedProps?: unknown;
    memoizedState?: unknown;
    return?: Fiber | null;
    alternate?: Fiber | null;
    type?: unknown;
  };
  const name = (fiber: Fiber) =>
    typeof fiber.type === 'string'
      ? fiber.type
      : ((fiber.type as { displayName?: string; name?: string } | null)?.displayName ??
        (fiber.type as { name?: string } | null)?.name ??
        'anonymous');

  const inspect = (fiber: Fiber) => {
    if (search(fiber.memoizedProps, 0)) hits.push({ where: 'react', detail: `props of ${name(fiber)}` });
    // Hooks form a linked list: { memoizedState, next }.
    for (let hook = fiber.memoizedState as { memoizedState?: unknown; next?: unknown } | null; hook; ) {
      if (typeof hook !== 'object') {
        if (search(hook, 0)) hits.push({ where: 'react', detail: `state of ${name(fiber)}` });
        break;
      }
      if (search(hook.memoizedState, 0)) hits.push({ where: 'react', detail: `state of ${name(fiber)}` });
      hook = (hook.next as typeof hook) ?? null;
    }
  };
  // Walk up from every DOM node's fiber: covers every component that rendered something here. A DOM
  // node may point at either of React's two trees (current and work-in-progress), so both are read.
  for (const first of start) {
    for (let fiber = first as Fiber | null | undefined; fiber && !visitedFibers.has(fiber); fiber = fiber.return) {
      for (const each of [fiber, fiber.alternate]) {
        if (!each || visitedFibers.has(each)) continue;
        visitedFibers.add(each);
        inspect(each);
      }
    }
  }
  return hits;
}

/** Formats hits for an assertion message. */
export function describeHits(hits: readonly CanaryHit[]): string {
  return hits.map((hit) => `${hit.where}: ${hit.detail}`).join('\n');
}
