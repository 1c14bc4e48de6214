import { afterAll } from 'vitest';
import { closeSharedBrowser } from './browser.ts';

// Each e2e file shares one Chromium across its tests (see launchBrowser); it closes with the file.
afterAll(closeSharedBrowser);
