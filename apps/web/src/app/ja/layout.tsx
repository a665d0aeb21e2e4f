import { type ReactNode } from 'react';
import { SiteDocument, siteMetadata, siteViewport } from '~/components/site-document';

export const generateMetadata = () => siteMetadata('ja');
export const viewport = siteViewport;

/**
 * The Japanese edition, under /ja: its own root layout, so `<html lang="ja">` is in the
 * prerendered page. The UI is in Japanese; record text is English until it is translated.
 */
export default function JapaneseLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="ja">{children}</SiteDocument>;
}
