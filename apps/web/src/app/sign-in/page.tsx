import { type Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getViewer } from '~/server/auth';
import { safeNext } from './next-path';
import { SignInForm } from './sign-in-form';
import '../editor.css';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };
export const dynamic = 'force-dynamic';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const target = safeNext(Array.isArray(next) ? next[0] : next);
  if (await getViewer()) redirect(target);
  return (
    <article className="narrow">
      <h1>Sign in</h1>
      <p>For Accord’s editors. Readers need no account.</p>
      <SignInForm next={target} />
    </article>
  );
}
