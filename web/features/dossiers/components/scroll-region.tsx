import type { ReactNode } from 'react';

/** A wide table scrolls inside this labelled, keyboard-focusable region instead of widening the page (phones). */
export function ScrollRegion({ label, minWidth, children }: { label: string; minWidth?: number; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
