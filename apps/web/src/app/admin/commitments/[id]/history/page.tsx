import { historyPage, titleOf } from '../../../_components/record-pages';
export const metadata = titleOf('commitment', 'history');
export default historyPage('commitment');
