import { type Metadata, type Viewport } from 'next';
import Link from 'next/link';
import { type ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Accord — summit commitments, tracked', template: '%s — Accord' },
  description:
    'Accord tracks what leaders commit to at summits: who said so, who reported it, and whether it happened.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3557' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              Accord
            </Link>
            <nav aria-label="Main">
              <ul>
                <li>
                  <Link href="/">Briefs</Link>
                </li>
                <li>
                  <Link href="/meetings">Meetings</Link>
                </li>
                <li>
                  <Link href="/methodology">Methodology</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <nav aria-label="More">
              <ul>
                <li>
                  <Link href="/meetings">Meetings</Link>
                </li>
                <li>
                  <Link href="/parties">Parties</Link>
                </li>
                <li>
                  <Link href="/sources">Sources</Link>
                </li>
                <li>
                  <Link href="/methodology">Methodology</Link>
                </li>
              </ul>
            </nav>
            <p>
              Accord summarises commitments in its own words and quotes sources only in short,
              attributed phrases. See the <Link href="/methodology">methodology</Link> for what each
              status means.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
