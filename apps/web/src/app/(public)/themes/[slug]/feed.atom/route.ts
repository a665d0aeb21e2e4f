import { themeFeed } from '~/edge/http/feeds';
import { corsPreflight } from '~/edge/http/public-read';

export const dynamic = 'force-dynamic';

export const GET = themeFeed('atom', 'en');

export const OPTIONS = corsPreflight;
