'use client';

import { ROLE_DEFINITIONS, USER_ROLES, UserCreateInput, type UserRole } from '@accord/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState, useTransition } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';
import { useEarlyTyping } from '../_components/use-early-typing';

type Field = 'email' | 'name' | 'role' | 'password';
const EMPTY = { email: '', name: '', role: 'editor' as UserRole, password: '' };

/** Creates an account with a temporary password; errors sit beside the field they concern. */
export function CreateUserForm() {
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [, startTransition] = useTransition();

  function set<K extends Field>(key: K, value: (typeof EMPTY)[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }
  const emailRef = useEarlyTyping<HTMLInputElement>(values.email, (v) => set('email', v));
  const nameRef = useEarlyTyping<HTMLInputElement>(values.name, (v) => set('name', v));
  const roleRef = useEarlyTyping<HTMLSelectElement>(values.role, (v) => set('role', v as UserRole));
  const passwordRef = useEarlyTyping<HTMLInputElement>(values.password, (v) => set('password', v));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setFormError(null);
    const parsed = UserCreateInput.safeParse(values);
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await trpc.admin.user.create.mutate(parsed.data);
      setCreated(
        `Created ${parsed.data.email}. Give them the temporary password; they can sign in now.`,
      );
      setValues(EMPTY);
      startTransition(() => router.refresh());
    } catch (error) {
      const problem = describeProblem(error);
      const found: Partial<Record<Field, string>> = {};
      for (const key of ['email', 'name', 'role', 'password'] as const) {
        if (problem.fields[key]) found[key] = problem.fields[key];
      }
      setErrors(found);
      if (Object.keys(found).length === 0) setFormError(problem.message);
    } finally {
      setPending(false);
    }
  }

  function describedBy(field: Field, hint?: string) {
    const ids = [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  function error(field: Field) {
    return errors[field] ? (
      <p id={`${id}-${field}-error`} role="alert" className="field-error">
        {errors[field]}
      </p>
    ) : null;
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="admin-form"
      aria-labelledby="create-user"
      noValidate
    >
      {formError ? (
        <p role="alert" className="form-error">
          {formError}
        </p>
      ) : null}
      {created ? (
        <p role="status" className="admin-saved">
          {created}
        </p>
      ) : null}
      <div className="admin-field">
        <label htmlFor={`${id}-email`}>Email</label>
        <input
          id={`${id}-email`}
          ref={emailRef}
          type="email"
          autoComplete="off"
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={describedBy('email')}
        />
        {error('email')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          type="text"
          autoComplete="off"
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name')}
        />
        {error('name')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-role`}>Role</label>
        <select
          id={`${id}-role`}
          ref={roleRef}
          value={values.role}
          onChange={(e) => set('role', e.target.value as UserRole)}
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={describedBy('role', `${id}-role-hint`)}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {role === 'admin' ? 'Admin' : 'Editor'}
            </option>
          ))}
        </select>
        <p id={`${id}-role-hint`} className="admin-hint">
          {ROLE_DEFINITIONS[values.role]}
        </p>
        {error('role')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-password`}>Temporary password</label>
        <input
          id={`${id}-password`}
          ref={passwordRef}
          type="password"
          autoComplete="new-password"
          value={values.password}
          onChange={(e) => set('password', e.target.value)}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy('password', `${id}-password-hint`)}
        />
        <p id={`${id}-password-hint`} className="admin-hint">
          At least 12 characters. Pass it on privately.
        </p>
        {error('password')}
      </div>
      <div className="admin-actions">
        <button type="submit" disabled={pending}>
          {pending ? 'Creating…' : 'Create user'}
        </button>
      </div>
    </form>
  );
}
