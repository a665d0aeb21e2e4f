'use client';

import { Password, PersonName, USER_ROLES, type UserRole, type UserView } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState, useTransition } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { useEarlyTyping } from '../_components/use-early-typing';
import { useHydrated } from '../_components/use-hydrated';

type Outcome =
  { ok: true; text: string } | { ok: false; text: string; field?: 'password' | 'name' };

const ROLE_LABELS: Record<UserRole, string> = { editor: 'Editor', admin: 'Admin' };

/** One account and what an admin can do to it; each action shows its own result. */
export function UserRow({ user, isViewer }: { user: UserView; isViewer: boolean }) {
  const router = useRouter();
  const id = useId();
  const [role, setRole] = useState<UserRole>(user.role);
  const [password, setPassword] = useState('');
  const [name, setName] = useState(user.name);
  const nameRef = useEarlyTyping<HTMLInputElement>(name, setName);
  const passwordRef = useEarlyTyping<HTMLInputElement>(password, setPassword);
  const roleRef = useEarlyTyping<HTMLSelectElement>(role, (typed) => setRole(typed as UserRole));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [running, setRunning] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();
  const busy = running !== null;
  // The fields take typing before the page has hydrated (useEarlyTyping); the buttons do
  // nothing until it has, so they wait for it (use-hydrated.ts).
  const locked = busy || !hydrated;

  async function run(action: string, call: () => Promise<unknown>, done: string) {
    setRunning(action);
    setOutcome(null);
    try {
      await call();
      setOutcome({ ok: true, text: done });
      startTransition(() => router.refresh());
      return true;
    } catch (error) {
      const problem = describeProblem(error);
      const field = problem.fields.password ? 'password' : problem.fields.name ? 'name' : undefined;
      setOutcome({
        ok: false,
        text: (field && problem.fields[field]) ?? problem.message,
        field,
      });
      return false;
    } finally {
      setRunning(null);
    }
  }

  function changeRole(event: FormEvent) {
    event.preventDefault();
    void run(
      'role',
      () => trpc.admin.user.setRole.mutate({ id: user.id, role }),
      `${user.email} is now ${role === 'admin' ? 'an admin' : 'an editor'}.`,
    );
  }

  /** The name readers see on this user's status updates: only admins set it, and it is audited. */
  function rename(event: FormEvent) {
    event.preventDefault();
    const parsed = PersonName.safeParse(name);
    if (!parsed.success) {
      setOutcome({
        ok: false,
        text: parsed.error.issues[0]?.message ?? 'Enter a name',
        field: 'name',
      });
      return;
    }
    void run(
      'name',
      () => trpc.admin.user.rename.mutate({ id: user.id, name: parsed.data }),
      `${user.email} is now shown as “${parsed.data}”.`,
    );
  }

  async function setNewPassword(event: FormEvent) {
    event.preventDefault();
    const parsed = Password.safeParse(password);
    if (!parsed.success) {
      setOutcome({
        ok: false,
        text: parsed.error.issues[0]?.message ?? 'Enter a password',
        field: 'password',
      });
      return;
    }
    const done = await run(
      'password',
      () => trpc.admin.user.setPassword.mutate({ id: user.id, password: parsed.data }),
      `New password set for ${user.email}; their sessions have ended.`,
    );
    if (done) setPassword('');
  }

  const outcomeId = `${id}-outcome`;
  const passwordInvalid = outcome?.ok === false && outcome.field === 'password';
  const nameInvalid = outcome?.ok === false && outcome.field === 'name';
  return (
    <tr className={user.disabled ? 'admin-user-disabled' : undefined}>
      <th scope="row">
        {user.name}
        {isViewer ? <span className="admin-you"> (you)</span> : null}
      </th>
      <td>{user.email}</td>
      <td>{ROLE_LABELS[user.role]}</td>
      <td>{user.disabled ? 'Disabled' : 'Active'}</td>
      <td className="number">{user.activeSessions}</td>
      <td className="admin-user-actions">
        <form onSubmit={rename} className="admin-inline" noValidate>
          <label htmlFor={`${id}-name`} className="visually-hidden">
            Name of {user.email}
          </label>
          <input
            id={`${id}-name`}
            ref={nameRef}
            type="text"
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameInvalid || undefined}
            aria-describedby={nameInvalid ? outcomeId : undefined}
            disabled={busy}
          />
          <button type="submit" disabled={locked || name.trim() === user.name}>
            {running === 'name' ? 'Renaming…' : 'Rename'}
            <span className="visually-hidden"> {user.email}</span>
          </button>
        </form>
        <form onSubmit={changeRole} className="admin-inline">
          <label htmlFor={`${id}-role`} className="visually-hidden">
            Role for {user.email}
          </label>
          <select
            id={`${id}-role`}
            ref={roleRef}
            value={role}
            onChange={(e) => setRole(e.target.value as UserRole)}
            disabled={busy}
          >
            {USER_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <button type="submit" disabled={locked || role === user.role}>
            {running === 'role' ? 'Changing…' : 'Change role'}
            <span className="visually-hidden"> for {user.email}</span>
          </button>
        </form>
        <div className="admin-inline">
          {isViewer ? null : user.disabled ? (
            <button
              type="button"
              className="secondary"
              disabled={locked}
              onClick={() =>
                void run(
                  'enable',
                  () => trpc.admin.user.enable.mutate({ id: user.id }),
                  `${user.email} can sign in again.`,
                )
              }
            >
              {running === 'enable' ? 'Enabling…' : 'Enable'}
              <span className="visually-hidden"> {user.email}</span>
            </button>
          ) : (
            <button
              type="button"
              className="danger"
              disabled={locked}
              onClick={() =>
                void run(
                  'disable',
                  () => trpc.admin.user.disable.mutate({ id: user.id }),
                  `${user.email} is disabled and signed out.`,
                )
              }
            >
              {running === 'disable' ? 'Disabling…' : 'Disable'}
              <span className="visually-hidden"> {user.email}</span>
            </button>
          )}
          <button
            type="button"
            className="secondary"
            disabled={locked}
            onClick={() =>
              void run(
                'sessions',
                () => trpc.admin.user.revokeSessions.mutate({ id: user.id }),
                isViewer
                  ? 'Your sessions have ended; sign in again to go on.'
                  : `${user.email} is signed out everywhere.`,
              )
            }
          >
            {running === 'sessions' ? 'Signing out…' : 'Sign out everywhere'}
            <span className="visually-hidden"> ({user.email})</span>
          </button>
        </div>
        <form onSubmit={(e) => void setNewPassword(e)} className="admin-inline" noValidate>
          <label htmlFor={`${id}-password`} className="visually-hidden">
            New password for {user.email}
          </label>
          <input
            id={`${id}-password`}
            ref={passwordRef}
            type="password"
            autoComplete="new-password"
            placeholder="New password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={passwordInvalid || undefined}
            aria-describedby={passwordInvalid ? outcomeId : undefined}
            disabled={busy}
          />
          <button type="submit" disabled={locked || password === ''}>
            {running === 'password' ? 'Setting…' : 'Set password'}
            <span className="visually-hidden"> for {user.email}</span>
          </button>
        </form>
        {outcome ? (
          <p
            id={outcomeId}
            role={outcome.ok ? 'status' : 'alert'}
            className={outcome.ok ? 'admin-saved' : 'form-error'}
          >
            {outcome.text}
          </p>
        ) : null}
      </td>
    </tr>
  );
}
