import { type ReactNode } from 'react';

/**
 * The root passes its children through: each route group has a root layout of its own that
 * renders `<html>` in its language (components/site-document.tsx), so `<html lang>` is "ja"
 * on the Japanese pages while they stay prerendered. app/not-found.tsx renders its own.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
