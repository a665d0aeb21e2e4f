import { editPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('source', 'edit');
export default editPage('source');
