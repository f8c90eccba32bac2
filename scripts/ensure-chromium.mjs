#!/usr/bin/env node
// Exits 0 with a Chromium available (installing Debian's as root when needed), 1 with instructions otherwise.
import { ensureChromium } from './chromium.mjs';

process.exit(ensureChromium() ? 0 : 1);
