import type { ChannelModule } from "../port.js";
import { webChannel } from "./web.adapter.js";
import { webManifest } from "./web.manifest.js";

export const webModule: ChannelModule = {
  ...webManifest,
  webhooks: [webChannel],
  createDelivery: () => ({ deliver: async () => ({ providerMessageId: null, via: "web" }) }),
};
