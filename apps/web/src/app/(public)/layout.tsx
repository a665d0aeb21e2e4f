import { type ReactNode } from 'react';
import { SiteDocument, siteMetadata, siteViewport } from '~/components/site-document';

export const generateMetadata = () => siteMetadata('en');
export const viewport = siteViewport;

/** The English public pages, at today's URLs. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
