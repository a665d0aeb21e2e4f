import { historyPage, titleOf } from '../../../_components/record-pages';
export const metadata = titleOf('source', 'history');
export default historyPage('source');
