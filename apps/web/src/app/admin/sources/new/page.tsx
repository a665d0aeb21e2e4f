import { newPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('source', 'new');
export default newPage('source');
