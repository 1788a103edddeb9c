// The one handle on the host: typed messages out, persisted view state in and out.
import type { ViewMessage } from '../protocol/webview';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

let api: VsCodeApi | undefined;

function get(): VsCodeApi {
  api ??= acquireVsCodeApi();
  return api;
}

export function post(message: ViewMessage): void {
  get().postMessage(message);
}

export function loadState<T>(): T | undefined {
  return (get().getState() as T | undefined) ?? undefined;
}

export function saveState<T>(state: T): void {
  get().setState(state);
}
