import { type Metadata } from 'next';
import { editorApi } from '~/server/api';
import { FromTextForm } from './from-text-form';

export const metadata: Metadata = { title: 'New from text' };

export default async function NewFromTextPage() {
  const { api } = await editorApi('/admin/commitments/from-text');
  const options = await api.editor.options();
  return (
    <>
      <h1>New from text</h1>
      <p>
        Paste a readout or an article in English (plain text or HTML, up to 60,000 characters). The
        assistant proposes the commitments it finds, with their exact quotes, the strength of the
        language, who said them, the theme, parties and any target date, and the existing
        commitments each may restate. Reject a proposal and nothing is saved. Accept it, after
        editing if need be, as a new draft (which goes through review like any other), as an account
        of an existing commitment (on its meeting), as a lineage link on one (this text restates it
        at a later meeting) or as a status update on one; each is saved with a revision and an audit
        entry, and nothing is published.
      </p>
      <FromTextForm options={options} />
    </>
  );
}
