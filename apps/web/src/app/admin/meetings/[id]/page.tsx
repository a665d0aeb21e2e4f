import { editPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('meeting', 'edit');
export default editPage('meeting');
