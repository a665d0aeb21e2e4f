import { type ViteUserConfig } from 'vitest/config';

export function accordVitestConfig(
  packageName: string,
  test?: ViteUserConfig['test'],
  options?: { readsShared?: boolean },
): ViteUserConfig;
