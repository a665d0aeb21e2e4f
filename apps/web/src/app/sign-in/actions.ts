'use server';

import { SignInInput } from '@accord/domain';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getAuth, signInForForm } from '~/server/auth';
import { safeNext } from './next-path';

export interface SignInState {
  error: string | null;
  email: string;
}

/** A text field of the form ('' when missing or a file). */
function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const email = textField(form, 'email');
  const parsed = SignInInput.safeParse({ email, password: textField(form, 'password') });
  if (!parsed.success) {
    return { error: 'Enter your email address and password.', email };
  }
  const result = await signInForForm(parsed.data, await headers());
  if (!result.ok) {
    return {
      error: result.reason === 'refused' ? 'The email or password is not right.' : result.message,
      email,
    };
  }
  redirect(safeNext(form.get('next')));
}

export async function signOut(): Promise<void> {
  await (await getAuth()).api.signOut({ headers: await headers() });
  redirect('/sign-in');
}
