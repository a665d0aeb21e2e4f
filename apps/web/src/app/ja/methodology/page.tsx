import { Methodology, methodologyMetadata } from '~/components/pages/methodology';
import { setPageLocale } from '~/i18n';

export const metadata = methodologyMetadata('ja');

/** /ja/methodology: the editors' translation of the methodology (components/pages/methodology.tsx). */
export default function Page() {
  setPageLocale('ja');
  return <Methodology locale="ja" />;
}
