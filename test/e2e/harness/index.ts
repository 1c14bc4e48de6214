export * from './browser.ts';
export * from './contract.ts';
export * from './guard.ts';
export * from './screenshot.ts';
export * from './server.ts';
export * from './session.ts';
