import { type ViteUserConfig } from 'vitest/config';

export function accordVitestConfig(
  packageName: string,
  test?: ViteUserConfig['test'],
  options?: { readsShared?: boolean; shareModules?: boolean; packageDir?: string },
): ViteUserConfig;

export function testFilesOf(packageDir: string): { all: string[]; isolated: string[] };
