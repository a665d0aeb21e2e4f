import { type Metadata, type Viewport } from 'next';
import Link from '~/components/link';
import { type ReactNode } from 'react';
import './globals.css';
import { siteOrigin } from '@accord/auth';
import { SITE_FEEDS, SITE_NAME } from '~/lib/share';
import { HeaderSearch } from '~/components/search';

/**
 * The site's defaults. `metadataBase` is ACCORD_BASE_URL's origin, which canonical and card
 * URLs resolve against; unset (a local server), Next uses its own address.
 */
export function generateMetadata(): Metadata {
  const origin = siteOrigin();
  return {
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    title: { default: 'Accord — summit commitments, tracked', template: '%s — Accord' },
    description: SITE_DESCRIPTION,
    alternates: { types: SITE_FEEDS },
    openGraph: {
      siteName: SITE_NAME,
      type: 'website',
      locale: 'en_GB',
      description: SITE_DESCRIPTION,
    },
    twitter: { card: 'summary' },
  };
}

const SITE_DESCRIPTION =
  'Accord tracks what leaders commit to at summits: who said so, who reported it, and whether it happened.';

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#1d3557' };

const MAIN_LINKS = [
  { href: '/', label: 'Briefs' },
  { href: '/meetings', label: 'Meetings' },
  { href: '/methodology', label: 'Methodology' },
];
const MORE_LINKS = [
  { href: '/meetings', label: 'Meetings' },
  { href: '/parties', label: 'Parties' },
  { href: '/sources', label: 'Sources' },
  { href: '/methodology', label: 'Methodology' },
  { href: '/developers', label: 'Developers' },
];

function NavList({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  return (
    <nav aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * When this copy of the page was rendered (ms since the epoch): after a publish, the server
 * re-renders changed pages and checks this to know whether it got a render that started after
 * the write (edge/rerender.ts).
 */
function renderedAt(): string {
  return String(Date.now());
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" data-rendered-at={renderedAt()}>
      <body>
        <a className="skip-link" href="#content">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href="/" className="brand">
              Accord
            </Link>
            <NavList label="Main" links={MAIN_LINKS} />
            <HeaderSearch />
          </div>
        </header>
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <NavList label="More" links={MORE_LINKS} />
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
