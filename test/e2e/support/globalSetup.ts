/** Starts one `vite preview` over dist/ for all end-to-end tests and tells them its URL. */
import type { TestProject } from 'vitest/node';
import { startPreview } from './previewServer';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startPreview();
  project.provide('baseUrl', server.url);
  return async () => server.close();
}
