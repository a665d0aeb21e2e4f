import { quotes } from '@accord/db';

/** The columns every view of a quote needs; callers add the speaker or commitment they show. */
export const quoteColumns = {
  id: quotes.id,
  text: quotes.text,
  form: quotes.form,
  kind: quotes.attributionKind,
  who: quotes.attributedTo,
};
