import type { ChannelImplementation } from "../port.js";
import { webChannel } from "./web.adapter.js";

/** The protocol side of the channel (its manifest: `web.manifest.ts`). */
export const webModule: ChannelImplementation = {
  webhooks: [webChannel],
  createDelivery: () => ({ deliver: async () => ({ providerMessageId: null, via: "web" }) }),
};
