import 'integrations-ui/styles.css';
import { lightTheme } from 'integrations-ui';
import type { ReactNode } from 'react';

// No favicon request (a 404 would fail the check).
export const metadata = { title: 'integrations-ui host app (Next.js)', icons: { icon: 'data:,' } };

/** The root layout: the package's stylesheet, imported once, and a shipped theme on the body. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className={lightTheme}>{children}</body>
    </html>
  );
}
