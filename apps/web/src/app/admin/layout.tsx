import { type Metadata } from 'next';
import Link from 'next/link';
import { type ReactNode } from 'react';
import { SiteDocument, siteViewport } from '~/components/site-document';
import { requireViewer } from '~/server/auth';
import { signOut } from '../sign-in/actions';
import '../editor.css';

export const metadata: Metadata = {
  title: { default: 'Admin', template: '%s — Accord admin' },
  robots: { index: false },
};
// Every admin page reads the session: never prerendered or cached.
export const dynamic = 'force-dynamic';
export const viewport = siteViewport;

const EDITOR_LINKS = [
  { href: '/admin', label: 'Dashboard' },
  { href: '/admin/commitments', label: 'Commitments' },
  { href: '/admin/meetings', label: 'Meetings' },
  { href: '/admin/parties', label: 'Parties' },
  { href: '/admin/sources', label: 'Sources' },
  { href: '/admin/themes', label: 'Themes' },
];
const ADMIN_LINKS = [
  { href: '/admin/users', label: 'Users' },
  { href: '/admin/api-keys', label: 'API keys' },
  { href: '/admin/audit', label: 'Audit log' },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await requireViewer('/admin');
  const links = viewer.role === 'admin' ? [...EDITOR_LINKS, ...ADMIN_LINKS] : EDITOR_LINKS;
  // A root layout (the public pages have their own per language): the admin stays in English.
  return (
    <SiteDocument locale="en">
      <div className="admin">
        <div className="admin-bar">
          <nav aria-label="Admin">
            <ul>
              {links.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
          <form action={signOut} className="admin-who">
            <span>
              {viewer.name} ({viewer.role})
            </span>
            <button type="submit">Sign out</button>
          </form>
        </div>
        {children}
      </div>
    </SiteDocument>
  );
}
