import { type Metadata } from 'next';
import { sharedMetadata } from '~/lib/share';
import Link from '~/components/link';
import { listParties } from '~/server/api';

export const revalidate = 3600;

export const metadata: Metadata = sharedMetadata({
  path: '/parties',
  title: 'Parties',
  description:
    'Countries, organisations, companies and universities named in the commitments Accord tracks.',
});

const KIND_LABELS = {
  country: 'Country',
  territory: 'Territory',
  organisation: 'Organisation',
  company: 'Company',
  university: 'University',
} as const;

export default async function PartiesPage() {
  const parties = await listParties();
  return (
    <>
      <h1>Parties</h1>
      <p className="lede">
        Everyone a commitment names: those who made it, their partners, those it is for, and those
        it responds to.
      </p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">
            Parties and the number of commitments that name them
          </caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Kind</th>
              <th scope="col" className="number">
                Commitments
              </th>
            </tr>
          </thead>
          <tbody>
            {parties.map((p) => (
              <tr key={p.slug}>
                <th scope="row">
                  <Link href={`/parties/${p.slug}`}>{p.name}</Link>
                </th>
                <td>{KIND_LABELS[p.kind]}</td>
                <td className="number">{p.commitmentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
