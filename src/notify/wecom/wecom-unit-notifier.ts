import { NotifyError, type UnitMessage, type UnitNotifier, type UnitSendResult } from "../unit-notifier.js";
import { WecomApiError, type WecomRecipients } from "./wecom-app-api.js";
import { unitCard } from "./wecom-card.js";
import { cardLink } from "./oauth-state.js";
import type { WecomSender } from "./wecom-sender.js";

export interface WecomUnitNotifierOptions {
  sender: WecomSender;
  /** The unit's WeCom recipients from jurisdiction.json, or null when it has none. */
  recipientsOf: (unitId: string) => WecomRecipients | null;
  /** Used for units without WeCom recipients and when WeCom refuses for good: the SMS notifier. */
  fallback: UnitNotifier;
  log?: { warn(fields: Record<string, unknown>, msg: string): void };
  /** The jurisdiction's policy.firstContactMinutes, said on the dispatch card. */
  firstContactMinutes: number;
}

/**
 * Unit notifications as WeCom app text cards, with SMS as the per-unit fallback: a unit without
 * WeCom recipients, a permanent refusal (e.g. 60020 IP not trusted, 81013 no valid recipient) or a
 * transient failure on the last attempt goes to the unit's duty phone instead. A transient failure
 * before that is retried by the queue (WeCom's duplicate check drops a card that did arrive).
 */
export class WecomUnitNotifier implements UnitNotifier {
  readonly name = "wecom";
  constructor(private readonly o: WecomUnitNotifierOptions) {}

  async send(msg: UnitMessage): Promise<UnitSendResult> {
    const to = this.o.recipientsOf(msg.unitId);
    if (!to || to.users.length + to.parties.length + to.tags.length === 0) return this.o.fallback.send(msg);
    const base = this.o.sender.config.publicBaseUrl;
    const ref = msg.ticket?.ref ?? null;
    const url = ref ? cardLink(base, ref) : `${base}/console/`;
    const card = unitCard({
      purpose: msg.purpose ?? "dispatch",
      params: msg.template?.params ?? {},
      summary: msg.ticket?.summary ?? null,
      place: msg.ticket?.place ?? null,
      url,
      firstContactMinutes: this.o.firstContactMinutes,
    });
    let why: string;
    try {
      const r = await this.o.sender.sendTextCard(to, card);
      const dropped = r.invalid.users.length + r.invalid.parties.length + r.invalid.tags.length;
      const total = to.users.length + to.parties.length + to.tags.length;
      // A department or tag may reach people even when some listed users are invalid; only when
      // every listed recipient came back invalid did nobody get the card.
      if (dropped < total)
        return {
          channel: this.name,
          providerMessageId: r.msgid,
          ...(dropped > 0 ? { warning: `WeCom dropped ${describe(r.invalid)}` } : {}),
        };
      why = `WeCom delivered to nobody (${describe(r.invalid)})`;
    } catch (err) {
      const retryable = err instanceof WecomApiError ? err.retryable : true;
      why = err instanceof Error ? err.message : String(err);
      if (retryable && !msg.finalAttempt) throw new NotifyError(why, true);
    }
    this.o.log?.warn({ unitId: msg.unitId, err: why }, "WeCom notice not delivered, sending SMS instead");
    try {
      return await this.o.fallback.send(msg);
    } catch (err) {
      const e = err instanceof NotifyError ? err : new NotifyError(String(err), true);
      throw new NotifyError(`${why}; SMS fallback: ${e.message}`, e.retryable);
    }
  }
}

function describe(r: WecomRecipients): string {
  return [
    r.users.length ? `users ${r.users.join("|")}` : "",
    r.parties.length ? `parties ${r.parties.join("|")}` : "",
    r.tags.length ? `tags ${r.tags.join("|")}` : "",
  ]
    .filter(Boolean)
    .join(", ");
}
