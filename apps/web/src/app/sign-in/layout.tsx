import { type ReactNode } from 'react';
import { SiteDocument, siteMetadata, siteViewport } from '~/components/site-document';

export const generateMetadata = () => siteMetadata('en');
export const viewport = siteViewport;

export default function SignInLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
