import NextLink from 'next/link';
import { type ComponentProps } from 'react';

/**
 * next/link for the public pages, without prefetching. By default every link that scrolls
 * into view fetches its page's RSC payload once the page is idle (the home page's twelve
 * theme links pull ~75 kB each), and decoding those answers runs on the main thread while
 * the page is still becoming interactive: Lighthouse counts it as blocking time. A click
 * still navigates on the client; it fetches the page then.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
