import { listPage, titleOf } from '../_components/record-pages';
export const metadata = titleOf('source', 'list');
export default listPage('source');
