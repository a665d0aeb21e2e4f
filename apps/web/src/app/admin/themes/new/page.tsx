import { type Metadata } from 'next';
import Link from 'next/link';
import { editorApi } from '~/server/api';
import { requireAdmin } from '../../_components/admin-only';
import { ThemeForm } from '../theme-form';

export const metadata: Metadata = { title: 'New theme' };

export default async function NewThemePage() {
  const { viewer, api } = await editorApi('/admin/themes/new');
  requireAdmin(viewer);
  // Themes are a handful: one page holds them all.
  const themes = await api.editor.theme.list({ limit: 200 });
  // Positions count from 0, so the count puts it after the others.
  const nextPosition = themes.items.length;
  return (
    <>
      <p>
        <Link href="/admin/themes">All themes</Link>
      </p>
      <h1>New theme</h1>
      <ThemeForm nextPosition={nextPosition} />
    </>
  );
}
