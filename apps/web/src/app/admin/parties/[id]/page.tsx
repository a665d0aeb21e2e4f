import { editPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('party', 'edit');
export default editPage('party');
