// Wire types only: the graph view's custom LSP methods, host ↔ webview messages, and graph intents.
export * from './graph';
export * from './webview';
export * from './intents';
