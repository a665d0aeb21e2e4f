import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { formatDate, plural } from '~/lib/format';
import { listSources } from '~/server/api';

export const revalidate = 3600;

export const metadata: Metadata = sharedMetadata({
  path: '/sources',
  title: 'Sources',
  description: 'The reports, readouts and statements Accord quotes, with what it quotes from each.',
});

export default async function SourcesPage() {
  const sources = await listSources();
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every report and statement we quote, newest first. Each page lists exactly what we quote
        from it.
      </p>
      <ul className="commitment-list">
        {sources.map((s) => (
          <li key={s.slug} className="card">
            <h2 className="card-title">
              <Link href={`/sources/${s.slug}`}>{s.title}</Link>
            </h2>
            <p className="meta">
              {s.publisher ?? 'Publisher not named'} ·{' '}
              {s.publishedOn ? formatDate(s.publishedOn) : 'date unknown'} ·{' '}
              {plural(s.quoteCount, 'quote')}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
