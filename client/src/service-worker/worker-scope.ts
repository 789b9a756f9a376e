/**
 * The few service worker globals Cadre's worker uses, typed here: the project compiles against
 * the DOM library, and adding the WebWorker one would retype `self` for every page module.
 */
export interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

export interface ExtendableMessageEvent extends ExtendableEvent {
  readonly data: unknown;
}

export interface ServiceWorkerScope {
  readonly location: { readonly origin: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

export const scope = self as unknown as ServiceWorkerScope;
