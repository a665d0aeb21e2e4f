import Link from '~/components/link';
import { translations } from '~/i18n';

/** An unknown address under /ja, or notFound() in a Japanese page. */
export default function NotFound() {
  const t = translations('ja', 'notFound');
  const site = translations('ja', 'site');
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href="/ja">{site('briefs')}</Link>
      </p>
    </>
  );
}
