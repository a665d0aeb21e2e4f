import { newPage, titleOf } from '../../_components/record-pages';
export const metadata = titleOf('theme', 'new');
export default newPage('theme');
