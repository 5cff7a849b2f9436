import type { ChannelDefinition } from "./channel.js";
import { hotlineManifest } from "./hotline/hotline.manifest.js";
import type { ChannelCapabilities, ChannelManifest, ChannelModule } from "./port.js";
import { smsManifest } from "./sms/sms.manifest.js";
import { webManifest } from "./web/web.manifest.js";
import { wechatManifest } from "./wechat/wechat.manifest.js";
import { wechatKfManifest } from "./wechat-kf/wechat-kf.manifest.js";

/**
 * Every channel Zhitong knows; adding a channel = one folder + one line here. Channel names, labels,
 * choice lists and capabilities everywhere else are read from this list. The entries are manifests:
 * a channel's protocol code (parsers, crypto, provider clients) loads only when something asks for
 * its module, so commands that never serve start without it.
 */
export const channelManifests: readonly ChannelManifest[] = [
  wechatManifest,
  smsManifest,
  hotlineManifest,
  webManifest,
  wechatKfManifest,
];

/** Names of the channels residents write on (stored in `messages.channel`). */
export const channelNames: readonly string[] = channelManifests.map((m) => m.name);

export function findChannelManifest(name: string): ChannelManifest | undefined {
  return channelManifests.find((m) => m.name === name);
}

export function channelCapabilities(name: string): ChannelCapabilities | undefined {
  return findChannelManifest(name)?.capabilities;
}

const loaded = new Map<string, Promise<ChannelModule>>();

/** The whole module of a channel (imported once per process), or undefined for an unknown name. */
export function loadChannelModule(name: string): Promise<ChannelModule | undefined> {
  const manifest = findChannelManifest(name);
  if (!manifest) return Promise.resolve(undefined);
  let module = loaded.get(name);
  if (!module) {
    module = manifest.load();
    // A failed import is not cached: the next call tries again.
    module.catch(() => loaded.delete(name));
    loaded.set(name, module);
  }
  return module;
}

/** Every channel's module, in registry order. */
export async function loadChannelModules(): Promise<ChannelModule[]> {
  return Promise.all(channelManifests.map((m) => loadChannelModule(m.name) as Promise<ChannelModule>));
}

/** Every webhook endpoint of every channel. */
export async function loadChannelRegistry(): Promise<ChannelDefinition[]> {
  return (await loadChannelModules()).flatMap((m) => m.webhooks);
}
