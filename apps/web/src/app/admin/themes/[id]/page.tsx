import { editPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('theme', 'edit');
export default editPage('theme');
