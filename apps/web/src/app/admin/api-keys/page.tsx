import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { requireAdmin } from '../_components/admin-only';
import { CreateKeyForm } from './create-key-form';
import { KeyRow } from './key-row';

export const metadata: Metadata = { title: 'API keys' };

export default async function ApiKeysPage() {
  const { viewer, api } = await editorApi('/admin/api-keys');
  requireAdmin(viewer);
  const [keys, users] = await Promise.all([api.admin.apiKey.list(), api.admin.user.list()]);
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
                <td colSpan={8}>No keys yet.</td>
              </tr>
            ) : (
              keys.map((key) => <KeyRow key={key.id} apiKey={key} />)
            )}
          </tbody>
        </table>
      </div>
      <h2 id="create-key">Create a key</h2>
      <CreateKeyForm owners={owners} />
    </>
  );
}
