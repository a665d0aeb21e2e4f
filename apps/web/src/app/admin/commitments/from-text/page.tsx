import { type Metadata } from 'next';
import { requireViewer } from '~/server/auth';
import { FromTextForm } from './from-text-form';

export const metadata: Metadata = { title: 'New from text' };

export default async function NewFromTextPage() {
  await requireViewer('/admin/commitments/from-text');
  return (
    <>
      <h1>New from text</h1>
      <p>
        Paste a readout or an article in English (plain text or HTML, up to 60,000 characters). The
        assistant proposes the commitments it finds, with their exact quotes, the strength of the
        language, who said them, the theme, parties and any target date. It saves nothing: each
        proposal is a starting point for a draft that goes through review.
      </p>
      <FromTextForm />
    </>
  );
}
