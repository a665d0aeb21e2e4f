import { type Metadata } from 'next';
import { editorApi, readAllPages } from '~/server/api';
import { requireAdmin } from '../_components/admin-only';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ListSearch } from '../_components/list-search';
import { Pager } from '../_components/pager';
import { CreateKeyForm } from './create-key-form';
import { KeyRow } from './key-row';

export const metadata: Metadata = { title: 'API keys' };

const PATH = '/admin/api-keys';

export default async function ApiKeysPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const { viewer, api } = await editorApi(PATH);
  requireAdmin(viewer);
  const params = parseListParams(PAGE_PARAMS, await searchParams);
  // Owners to choose from: every account (a newsroom has a few dozen).
  const [page, users] = await Promise.all([
    api.admin.apiKey.list(params),
    readAllPages((input) => api.admin.user.list(input)),
  ]);
  const keys = page.items;
  const owners = users
    .filter((u) => !u.disabled)
    .map((u) => ({ id: u.id, label: `${u.name} (${u.email})`, role: u.role }));
  return (
    <>
      <h1>API keys</h1>
      <p>
        A key lets a script or program use the API as one of the people below, with{' '}
        <code>Authorization: Bearer &lt;key&gt;</code> (or <code>accord --token</code>). It can do
        what its scope allows and never more than its owner; revoking it stops it at once. The key
        is shown once, when it is made: only a fingerprint of it is kept.
      </p>
      <ListSearch path={PATH} what="API keys" hint="Name, key prefix or owner" q={params.q} />
      <div className="table-wrap">
        <table className="table admin-table admin-keys">
          <caption className="visually-hidden">API keys, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Key</th>
              <th scope="col">Owner</th>
              <th scope="col">Scope</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Status</th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {keys.length === 0 ? (
              <tr>
                <td colSpan={8}>{params.q ? 'No key matches.' : 'No keys yet.'}</td>
              </tr>
            ) : (
              keys.map((key) => <KeyRow key={key.id} apiKey={key} />)
            )}
          </tbody>
        </table>
      </div>
      <Pager path={PATH} params={params} page={page} label="Pages of API keys" />
      <h2 id="create-key">Create a key</h2>
      <CreateKeyForm owners={owners} />
    </>
  );
}
