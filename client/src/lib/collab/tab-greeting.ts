import * as bc from 'lib0/broadcastchannel';
import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { writeSyncStep1 } from 'y-protocols/sync';
import { messageAwareness, messageQueryAwareness, messageSync, type WebsocketProvider } from 'y-websocket';

/**
 * Makes a provider greet the person's other tabs on the document without sending them the
 * whole document. y-websocket's `connectBc`, run at every connection, sends the other tabs this
 * tab's state vector (each answers with what this tab lacks), then the whole document for them
 * to take what they lack: encoding it took 180 ms of the main thread right after a 10 MB text
 * arrived, again at every reconnection, and put a copy of it in every other tab. Cadre's tabs
 * have no use for it: what a tab holds comes from the browser's copy, which every tab writes and
 * reads, or from the server, which sends it to every tab; its own edits reach the others one by
 * one as they are made. The rest of the greeting is the stock one: the state vector, a request
 * for their presence, and this tab's own.
 */
export function greetTabsWithStateVectorOnly(provider: WebsocketProvider): void {
  provider.connectBc = () => {
    if (provider.disableBc) return;
    if (!provider.bcconnected) {
      bc.subscribe(provider.bcChannel, provider._bcSubscriber);
      provider.bcconnected = true;
    }
    const publish = (write: (encoder: encoding.Encoder) => void): void => {
      const encoder = encoding.createEncoder();
      write(encoder);
      bc.publish(provider.bcChannel, encoding.toUint8Array(encoder), provider);
    };
    publish((encoder) => {
      encoding.writeVarUint(encoder, messageSync);
      writeSyncStep1(encoder, provider.doc);
    });
    publish((encoder) => encoding.writeVarUint(encoder, messageQueryAwareness));
    publish((encoder) => {
      encoding.writeVarUint(encoder, messageAwareness);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(provider.awareness, [provider.doc.clientID]));
    });
  };
}
