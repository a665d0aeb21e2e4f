import { newPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('meeting', 'new');
export default newPage('meeting');
