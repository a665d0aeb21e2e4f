import { siteFeed } from '~/edge/http/feeds';
import { corsPreflight } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

export const GET = siteFeed('json', 'en');

export const OPTIONS = corsPreflight;
