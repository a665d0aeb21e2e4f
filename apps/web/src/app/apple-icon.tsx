import { markPng } from '~/lib/icon';

// The touch icon iOS puts on a home screen; iOS rounds the corners itself.
export const size = { width: 180, height: 180 };
export const contentType = 'image/png';

export default function AppleIcon() {
  return markPng(180, { rounded: false });
}
