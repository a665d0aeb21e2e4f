import { listPage, titleOf } from '../_components/record-pages';
export const metadata = titleOf('theme', 'list');
export default listPage('theme');
