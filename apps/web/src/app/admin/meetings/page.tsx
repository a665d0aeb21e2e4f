import { listPage, titleOf } from '../_components/record-pages';
export const metadata = titleOf('meeting', 'list');
export default listPage('meeting');
