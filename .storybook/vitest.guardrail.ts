/**
 * Guardrail 1 (mock-only), the watcher: while a story renders and plays, every network API and
 * every storage write is recorded (and still performed, so the story behaves as it would in an app).
 * `restore()` puts the originals back and returns the calls, e.g.
 * `fetch("https://api.example.com/sources")` or `localStorage.setItem("token")`.
 * Installed and checked by .storybook/vitest.setup.ts around each story; see test/visual/README.md.
 */
export interface GuardrailWatcher {
  /** Puts every original back; returns the calls made since the watcher was installed. */
  restore: () => string[];
}

function describeUrl(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input instanceof URL) return input.href;
  if (typeof Request !== 'undefined' && input instanceof Request) return input.url;
  return String(input);
}

function storageName(storage: Storage): string {
  if (storage === window.localStorage) return 'localStorage';
  if (storage === window.sessionStorage) return 'sessionStorage';
  return 'Storage';
}

export function watchNetworkAndStorage(): GuardrailWatcher {
  const calls: string[] = [];
  const undo: Array<() => void> = [];
  const record = (call: string) => {
    calls.push(call);
  };

  /** Replaces `owner[key]` for the story's duration. */
  function replace<T extends object, K extends keyof T>(owner: T, key: K, value: T[K]) {
    const hadOwn = Object.hasOwn(owner, key);
    const original = owner[key];
    owner[key] = value;
    undo.push(() => {
      if (hadOwn) owner[key] = original;
      else delete owner[key];
    });
  }

  const originalFetch = window.fetch;
  replace(window, 'fetch', function fetch(this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    record(`fetch(${JSON.stringify(describeUrl(input))})`);
    return originalFetch.call(window, input, init);
  } as typeof window.fetch);

  const xhrUrls = new WeakMap<XMLHttpRequest, string>();
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalSend = XMLHttpRequest.prototype.send;
  replace(XMLHttpRequest.prototype, 'open', function open(this: XMLHttpRequest, ...args: unknown[]) {
    const [method, url] = args;
    xhrUrls.set(this, `${String(method)} ${describeUrl(url)}`);
    record(`XMLHttpRequest.open(${JSON.stringify(String(method))}, ${JSON.stringify(describeUrl(url))})`);
    return (originalOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof XMLHttpRequest.prototype.open);
  replace(
    XMLHttpRequest.prototype,
    'send',
    function send(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
      record(`XMLHttpRequest.send(${JSON.stringify(xhrUrls.get(this) ?? 'unopened request')})`);
      return originalSend.call(this, body);
    },
  );

  for (const key of ['WebSocket', 'EventSource'] as const) {
    const Original = window[key];
    if (!Original) continue;
    const Watched = new Proxy(Original, {
      construct(target, args: unknown[], newTarget) {
        record(`new ${key}(${JSON.stringify(describeUrl(args[0]))})`);
        return Reflect.construct(target, args, newTarget);
      },
    });
    replace(window, key, Watched as never);
  }

  if (typeof navigator.sendBeacon === 'function') {
    const originalBeacon = navigator.sendBeacon;
    replace(navigator, 'sendBeacon', function sendBeacon(url: string | URL, data?: BodyInit | null) {
      record(`navigator.sendBeacon(${JSON.stringify(describeUrl(url))})`);
      return originalBeacon.call(navigator, url, data);
    });
  }

  const proto = Storage.prototype;
  const originalSetItem = proto.setItem;
  const originalRemoveItem = proto.removeItem;
  const originalClear = proto.clear;
  replace(proto, 'setItem', function setItem(this: Storage, key: string, value: string) {
    record(`${storageName(this)}.setItem(${JSON.stringify(key)})`);
    return originalSetItem.call(this, key, value);
  });
  replace(proto, 'removeItem', function removeItem(this: Storage, key: string) {
    record(`${storageName(this)}.removeItem(${JSON.stringify(key)})`);
    return originalRemoveItem.call(this, key);
  });
  replace(proto, 'clear', function clear(this: Storage) {
    record(`${storageName(this)}.clear()`);
    return originalClear.call(this);
  });

  let restored = false;
  return {
    restore() {
      if (!restored) {
        restored = true;
        for (const fn of undo.reverse()) fn();
      }
      return [...calls];
    },
  };
}
