import { ROLE_DEFINITIONS, USER_ROLES } from '@accord/domain';
import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { requireAdmin } from '../_components/admin-only';
import { PAGE_PARAMS, parseListParams, type SearchParams } from '../_components/list-params';
import { ListSearch } from '../_components/list-search';
import { Pager } from '../_components/pager';
import { CreateUserForm } from './create-user-form';
import { UserRow } from './user-row';

export const metadata: Metadata = { title: 'Users' };

const PATH = '/admin/users';

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, api } = await editorApi(PATH);
  requireAdmin(viewer);
  const params = parseListParams(PAGE_PARAMS, await searchParams);
  const page = await api.admin.user.list(params);
  const users = page.items;
  return (
    <>
      <h1>Users</h1>
      <p>
        There is no public sign-up: create each editor’s account here and give them a temporary
        password. Disabling an account or setting a new password signs the person out at once.
      </p>
      <dl className="definitions">
        {USER_ROLES.map((role) => (
          <div key={role}>
            <dt>{role === 'admin' ? 'Admin' : 'Editor'}</dt>
            <dd>{ROLE_DEFINITIONS[role]}</dd>
          </div>
        ))}
      </dl>
      <ListSearch path={PATH} what="users" hint="Name or email" q={params.q} />
      {users.length === 0 ? <p>No user matches.</p> : null}
      <div className="table-wrap">
        <table className="table admin-table admin-users">
          <caption className="visually-hidden">Accounts, by email</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Account</th>
              <th scope="col" className="number">
                Active sessions
              </th>
              <th scope="col">Manage</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <UserRow key={user.id} user={user} isViewer={user.id === viewer.id} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager path={PATH} params={params} page={page} label="Pages of users" />
      <h2 id="create-user">Create user</h2>
      <CreateUserForm />
    </>
  );
}
