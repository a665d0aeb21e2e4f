import { newPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('party', 'new');
export default newPage('party');
