// Where the browser is and which build it is: shared by vite.config.ts and scripts/test.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Flags for every headless Chromium the project starts (story tests, bench, host-app check): no
 * sandbox or GPU in a container, no background traffic on a closed network (guardrail 1: nothing
 * leaves the machine), and fixed font hinting, colour profile and scrollbars for stable pixels.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
];

export const VERSION_FILE = fileURLToPath(new URL('../test/visual/chromium-version.txt', import.meta.url));

/** The Chromium binary to use: $CHROMIUM_PATH, else Debian's. `null` when none is installed. */
export function chromiumPath() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** e.g. "156.0.8078.108", or null. */
export function chromiumVersion(path = chromiumPath()) {
  if (!path) return null;
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.match(/(\d+\.\d+\.\d+\.\d+)/)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The build the committed baselines were taken with. */
export function baselineVersion() {
  return existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8').trim() || null : null;
}

/**
 * How the running browser relates to the baselines' browser:
 * 'same' (zero tolerance), 'patch' (same major: small written tolerance), 'major' (re-baseline), 'none'.
 */
export function browserDrift(current = chromiumVersion(), recorded = baselineVersion()) {
  if (!current || !recorded) return 'none';
  if (current === recorded) return 'same';
  return current.split('.')[0] === recorded.split('.')[0] ? 'patch' : 'major';
}

/**
 * Makes sure a Chromium is there. When none is: as root on Debian, installs Debian's `chromium`;
 * otherwise explains how to get one. Returns the path, or null after printing the explanation.
 */
export function ensureChromium({ install = true } = {}) {
  const found = chromiumPath();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    console.error(`CHROMIUM_PATH is set to "${process.env.CHROMIUM_PATH}", but no file is there.`);
    return null;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (install && isRoot && isDebian) {
    console.log('Chromium is not installed: installing Debian\'s "chromium" package (about a minute)…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    } catch {
      console.error('Installing Chromium with apt-get failed (see above).');
      return null;
    }
    return chromiumPath();
  }
  console.error(
    [
      'The story tests need Chromium, and none was found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome).',
      'Get one of these:',
      '  • Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium   (npm test does this itself when run as root)',
      '  • any other system: install Chrome or Chromium and run  CHROMIUM_PATH=/path/to/chrome npm test',
      "Screenshots are compared with baselines taken in Debian's Chromium; another build may differ (see test/visual/README.md).",
    ].join('\n'),
  );
  return null;
}
