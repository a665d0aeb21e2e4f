'use client';

import {
  API_KEY_LIFETIMES,
  ApiKeyCreateInput,
  ROLE_DEFINITIONS,
  USER_ROLES,
  type UserRole,
} from '@accord/domain';
import { useRouter } from 'next/navigation';
import { type FormEvent, useId, useState, useTransition } from 'react';
import { describeProblem, trpc } from '~/lib/trpc';

type Field = 'userId' | 'name' | 'scope' | 'expiresInDays';
type Lifetime = (typeof API_KEY_LIFETIMES)[number] | null;

export interface KeyOwner {
  id: string;
  label: string;
  role: UserRole;
}

/** Issues a key and shows it once, with a Copy button; errors sit beside their field. */
export function CreateKeyForm({ owners }: { owners: KeyOwner[] }) {
  const router = useRouter();
  const id = useId();
  const empty = { userId: owners[0]?.id ?? '', name: '', scope: 'editor' as UserRole };
  const [values, setValues] = useState(empty);
  const [lifetime, setLifetime] = useState<Lifetime>(90);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [pending, setPending] = useState(false);
  const [, startTransition] = useTransition();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setCopied(false);
    setFormError(null);
    const parsed = ApiKeyCreateInput.safeParse({ ...values, expiresInDays: lifetime });
    if (!parsed.success) {
      const found: Partial<Record<Field, string>> = {};
      for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message;
      setErrors(found);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const { key } = await trpc.admin.apiKey.create.mutate(parsed.data);
      setCreated({ key, name: parsed.data.name });
      setValues((v) => ({ ...v, name: '' }));
      startTransition(() => router.refresh());
    } catch (error) {
      const problem = describeProblem(error);
      const found: Partial<Record<Field, string>> = {};
      for (const key of ['userId', 'name', 'scope'] as const) {
        if (problem.fields[key]) found[key] = problem.fields[key];
      }
      setErrors(found);
      if (Object.keys(found).length === 0) setFormError(problem.message);
    } finally {
      setPending(false);
    }
  }

  async function copy() {
    if (!created) return;
    await navigator.clipboard.writeText(created.key);
    setCopied(true);
  }

  function error(field: Field) {
    return errors[field] ? (
      <p id={`${id}-${field}-error`} role="alert" className="field-error">
        {errors[field]}
      </p>
    ) : null;
  }
  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form
      onSubmit={(e) => void submit(e)}
      className="admin-form"
      aria-labelledby="create-key"
      noValidate
    >
      {formError ? (
        <p role="alert" className="form-error">
          {formError}
        </p>
      ) : null}
      {created ? (
        <div role="status" className="admin-saved">
          <p>Key “{created.name}” created. Copy it now: it will not be shown again.</p>
          <p>
            <label htmlFor={`${id}-new-key`} className="visually-hidden">
              New API key
            </label>
            <input
              id={`${id}-new-key`}
              type="text"
              readOnly
              value={created.key}
              size={created.key.length}
              onFocus={(e) => e.target.select()}
            />{' '}
            <button type="button" onClick={() => void copy()}>
              {copied ? 'Copied' : 'Copy key'}
            </button>
          </p>
        </div>
      ) : null}
      <div className="admin-field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="off"
          value={values.name}
          onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={describedBy('name', `${id}-name-hint`)}
        />
        <p id={`${id}-name-hint`} className="admin-hint">
          Who or what uses it, e.g. “Newsroom status script”.
        </p>
        {error('name')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <select
          id={`${id}-owner`}
          value={values.userId}
          onChange={(e) => setValues((v) => ({ ...v, userId: e.target.value }))}
          aria-invalid={errors.userId ? true : undefined}
          aria-describedby={describedBy('userId')}
        >
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
        {error('userId')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-scope`}>Scope</label>
        <select
          id={`${id}-scope`}
          value={values.scope}
          onChange={(e) => setValues((v) => ({ ...v, scope: e.target.value as UserRole }))}
          aria-invalid={errors.scope ? true : undefined}
          aria-describedby={describedBy('scope', `${id}-scope-hint`)}
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {role === 'admin' ? 'Admin' : 'Editor'}
            </option>
          ))}
        </select>
        <p id={`${id}-scope-hint`} className="admin-hint">
          {ROLE_DEFINITIONS[values.scope]} Never more than the owner’s own role.
        </p>
        {error('scope')}
      </div>
      <div className="admin-field">
        <label htmlFor={`${id}-expiry`}>Expires</label>
        <select
          id={`${id}-expiry`}
          value={lifetime === null ? 'never' : String(lifetime)}
          onChange={(e) =>
            setLifetime(e.target.value === 'never' ? null : (Number(e.target.value) as Lifetime))
          }
        >
          {API_KEY_LIFETIMES.map((days) => (
            <option key={days} value={days}>
              In {days} days
            </option>
          ))}
          <option value="never">Never (until revoked)</option>
        </select>
      </div>
      <div className="admin-actions">
        <button type="submit" disabled={pending || owners.length === 0}>
          {pending ? 'Creating…' : 'Create key'}
        </button>
      </div>
    </form>
  );
}
