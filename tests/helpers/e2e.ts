import { inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';

export const baseUrl = () => inject('baseUrl');
export const distDir = () => inject('distDir');

/** One browser per test file; a fresh context (storage, clipboard permission) per test. */
export function browserSession() {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  return {
    async start() {
      browser = await launchBrowser();
    },
    async stop() {
      await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
      await browser?.close();
    },
    async page(options: { javaScriptEnabled?: boolean; clipboard?: boolean; colorScheme?: 'light' | 'dark'; width?: number; height?: number; timezoneId?: string } = {}): Promise<Page> {
      const context = await browser!.newContext({
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        colorScheme: options.colorScheme ?? 'light',
        viewport: { width: options.width ?? 390, height: options.height ?? 844 },
        permissions: options.clipboard ? ['clipboard-read', 'clipboard-write'] : [],
        ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      (page as Page & { errors: string[] }).errors = errors;
      return page;
    },
  };
}

export const pageErrors = (page: Page) => (page as Page & { errors: string[] }).errors;
