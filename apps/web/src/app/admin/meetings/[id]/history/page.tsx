import { historyPage, titleOf } from '../../../_components/record-pages';
export const metadata = titleOf('meeting', 'history');
export default historyPage('meeting');
