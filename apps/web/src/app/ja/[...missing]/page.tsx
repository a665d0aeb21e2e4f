import { notFound } from 'next/navigation';

/**
 * Any /ja address without a Japanese page (/ja/admin, /ja/fr, a page not translated yet): a
 * 404 in Japanese, under the Japanese document, instead of the English one.
 */
export default function Missing(): never {
  notFound();
}
