import { listPage, titleOf } from '../_components/record-pages';
export const metadata = titleOf('party', 'list');
export default listPage('party');
