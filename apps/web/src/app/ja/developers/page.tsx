import { Developers, developersMetadata } from '~/components/pages/developers';
import { setPageLocale } from '~/i18n';

export const metadata = developersMetadata('ja');

/**
 * /ja/developers: the editors' translation of the developers page; the API reference's own
 * words, from the OpenAPI document, stay English (components/pages/developers.tsx).
 */
export default function Page() {
  setPageLocale('ja');
  return <Developers locale="ja" />;
}
