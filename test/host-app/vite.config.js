// @ts-check
import { vanillaExtractPlugin } from '@vanilla-extract/vite-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A host app as a host would write it: React, plus vanilla-extract only for its own theme file.
export default defineConfig({
  plugins: [react(), vanillaExtractPlugin()],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
