import { historyPage, titleOf } from '../../../_components/record-pages';
export const metadata = titleOf('party', 'history');
export default historyPage('party');
