import { AdminOnly } from './_components/admin-only';

export default function AdminForbidden() {
  return <AdminOnly />;
}
