import type { ChannelModule } from "../port.js";
import { hotlineChannel } from "./hotline.adapter.js";
import { hotlineManifest } from "./hotline.manifest.js";

export const hotlineModule: ChannelModule = {
  ...hotlineManifest,
  webhooks: [hotlineChannel],
};
