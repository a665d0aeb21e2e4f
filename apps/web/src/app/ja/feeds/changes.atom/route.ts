import { siteFeed } from '~/edge/http/feeds';
import { corsPreflight } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

export const GET = siteFeed('atom', 'ja');

export const OPTIONS = corsPreflight;
