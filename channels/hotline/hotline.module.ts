import type { ChannelImplementation } from "../port.js";
import { hotlineChannel } from "./hotline.adapter.js";

/** The protocol side of the channel (its manifest: `hotline.manifest.ts`). */
export const hotlineModule: ChannelImplementation = {
  webhooks: [hotlineChannel],
};
