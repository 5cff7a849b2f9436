import { describe, expect, it } from "vitest";
import { DutyRoster } from "../../src/domain/duty-roster.schema.js";
import {
  dutyAlarmVias,
  sendToDutyOfficer,
  SmsDutyAlarmSender,
  type DutyAlarmSender,
} from "../../src/notify/duty-alarm-sender.js";
import { NotifyError, type UnitMessage, type UnitNotifier } from "../../src/notify/unit-notifier.js";
import type { AppContext } from "../../src/runtime/context.js";

const roster = DutyRoster.parse({
  officers: [{ id: "li", name: "李强", phone: "13900009002", wecomUserId: "liqiang" }],
});
const ctx = { config: { duty: roster } } as unknown as AppContext;
const msg = {
  purpose: "alarm",
  text: "【直通】特急警情…",
  template: { code: "ZT_DUTY_ALARM", params: {} },
  idempotencyKey: "zt-ntf-1",
};

class Recording implements UnitNotifier {
  readonly name = "sms:test";
  sent: UnitMessage[] = [];
  send(m: UnitMessage) {
    this.sent.push(m);
    return Promise.resolve({ channel: this.name, providerMessageId: "1" });
  }
}

describe("duty alarm senders", () => {
  it("sends the SMS to the phone the roster has for the officer now", async () => {
    const sms = new Recording();
    const r = await sendToDutyOfficer(
      ctx,
      { recipientId: "li", via: "sms" },
      [new SmsDutyAlarmSender(sms)],
      msg,
    );
    expect(r.channel).toBe("sms:test");
    expect(sms.sent[0]).toMatchObject({ phone: "13900009002", text: msg.text, idempotencyKey: "zt-ntf-1" });
  });

  it("reaches every officer by SMS, and by WeCom too when the app is configured and the roster has a userid", () => {
    expect(dutyAlarmVias(roster.officers[0]!, { wecom: false })).toEqual(["sms"]);
    expect(dutyAlarmVias(roster.officers[0]!, { wecom: true })).toEqual(["sms", "wecom"]);
    expect(dutyAlarmVias({ ...roster.officers[0]!, wecomUserId: undefined }, { wecom: true })).toEqual([
      "sms",
    ]);
  });

  it("fails at once, without retries, for an officer taken off the roster or a way nobody sends", async () => {
    const senders: DutyAlarmSender[] = [new SmsDutyAlarmSender(new Recording())];
    const gone = sendToDutyOfficer(ctx, { recipientId: "wang", via: "sms" }, senders, msg);
    await expect(gone).rejects.toBeInstanceOf(NotifyError);
    await expect(gone).rejects.toMatchObject({ retryable: false });
    const noWecom = sendToDutyOfficer(ctx, { recipientId: "li", via: "fax" }, senders, msg);
    await expect(noWecom).rejects.toMatchObject({ retryable: false });
    await expect(noWecom).rejects.toThrow(/fax/);
  });
});
