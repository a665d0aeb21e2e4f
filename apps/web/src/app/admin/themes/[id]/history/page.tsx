import { historyPage, titleOf } from '../../../_components/record-pages';
export const metadata = titleOf('theme', 'history');
export default historyPage('theme');
