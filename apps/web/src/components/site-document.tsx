import { type Metadata, type Viewport } from 'next';
import { type ReactNode } from 'react';
import { siteOrigin } from '@accord/auth';
import Link from '~/components/link';
import { HeaderSearch } from '~/components/search';
import { type Locale, localeLink, localePath, translations } from '~/i18n';
import { SITE_NAME, siteFeeds } from '~/lib/share';
import '../app/globals.css';

/**
 * The document every page is rendered in: `<html lang>`, the header and the footer. Each root
 * layout renders it in its language (app/(public), app/ja, app/admin, app/sign-in): the
 * language is known per route group, so the pages stay prerendered.
 */
const SITE_DESCRIPTION: Record<Locale, string> = {
  en: 'Accord tracks what leaders commit to at summits: who said so, who reported it, and whether it happened.',
  ja: 'Accordは首脳会談での合意を追跡し、誰が述べ、誰が報じ、実現したかどうかを記録します。',
};

const TITLES: Record<Locale, { default: string; template: string }> = {
  en: { default: 'Accord — summit commitments, tracked', template: '%s — Accord' },
  ja: { default: 'Accord — 首脳会談の合意を追跡', template: '%s — Accord' },
};

/**
 * The site's defaults. `metadataBase` is ACCORD_BASE_URL's origin, which canonical and card
 * URLs resolve against; unset (a local server), Next uses its own address.
 */
export function siteMetadata(locale: Locale = 'en'): Metadata {
  const origin = siteOrigin();
  return {
    ...(origin ? { metadataBase: new URL(origin) } : {}),
    title: TITLES[locale],
    description: SITE_DESCRIPTION[locale],
    alternates: { types: siteFeeds(locale) },
    openGraph: {
      siteName: SITE_NAME,
      type: 'website',
      locale: locale === 'ja' ? 'ja_JP' : 'en_GB',
      description: SITE_DESCRIPTION[locale],
    },
    twitter: { card: 'summary' },
  };
}

export const siteViewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#1d3557',
};

type NavKey = 'briefs' | 'meetings' | 'parties' | 'sources' | 'methodology' | 'developers';
const MAIN_LINKS: { href: string; key: NavKey }[] = [
  { href: '/', key: 'briefs' },
  { href: '/meetings', key: 'meetings' },
  { href: '/methodology', key: 'methodology' },
];
const MORE_LINKS: { href: string; key: NavKey }[] = [
  { href: '/meetings', key: 'meetings' },
  { href: '/parties', key: 'parties' },
  { href: '/sources', key: 'sources' },
  { href: '/methodology', key: 'methodology' },
  { href: '/developers', key: 'developers' },
];

function NavList({
  label,
  links,
  locale,
}: {
  label: string;
  links: { href: string; key: NavKey }[];
  locale: Locale;
}) {
  const t = translations(locale, 'site');
  return (
    <nav aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            {/* Pages without a Japanese edition yet lead to the English one, marked so. */}
            <Link {...localeLink(link.href, locale)}>{t(link.key)}</Link>
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

export function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = translations(locale, 'site');
  return (
    <html lang={locale} data-rendered-at={renderedAt()}>
      <body>
        <a className="skip-link" href="#content">
          {t('skip')}
        </a>
        <header className="site-header">
          <div className="wrap header-inner">
            <Link href={localePath('/', locale)} className="brand">
              Accord
            </Link>
            <NavList label={t('mainNav')} links={MAIN_LINKS} locale={locale} />
            <HeaderSearch locale={locale} />
          </div>
        </header>
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <NavList label={t('moreNav')} links={MORE_LINKS} locale={locale} />
            <p>
              {t.rich('footer', {
                link: (chunks) => <Link {...localeLink('/methodology', locale)}>{chunks}</Link>,
              })}
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
