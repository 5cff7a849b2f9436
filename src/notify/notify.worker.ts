import type { Worker } from "bullmq";
import { createSmsProvider } from "../../channels/sms/create-sms-provider.js";
import { startWorker } from "../queue/worker.js";
import type { AppContext, WorkerFactory } from "../runtime/context.js";
import { notifyHandler } from "./notifications.js";
import { SmsUnitNotifier, UnconfiguredNotifier, type UnitNotifier } from "./unit-notifier.js";
import { SmsDutyAlarmSender, WecomDutyAlarmSender, type DutyAlarmSender } from "./duty-alarm-sender.js";
import { wecomSenderFor } from "./wecom/wecom-runtime.js";
import { WecomUnitNotifier } from "./wecom/wecom-unit-notifier.js";

/**
 * The unit notifier the environment configures: WeCom app cards for units with WeCom recipients
 * when the app is configured (WECOM_*), SMS through the channel SMS provider (SMS_PROVIDER) for the
 * others and as the fallback.
 */
export function defaultUnitNotifier(ctx: AppContext): UnitNotifier {
  const provider = createSmsProvider(ctx.env);
  const sender = wecomSenderFor(ctx);
  if (!provider)
    ctx.log.warn(
      sender
        ? "no SMS provider configured (SMS_PROVIDER): units without WeCom recipients get no notices"
        : "no SMS provider configured (SMS_PROVIDER): unit notifications will fail and show in the digest",
    );
  const sms = provider ? new SmsUnitNotifier(provider) : new UnconfiguredNotifier();
  if (!sender) return sms;
  const onWecom = [...ctx.config.units.values()].filter((u) => u.wecom).length;
  ctx.log.info(
    { unitsOnWecom: onWecom, units: ctx.config.units.size, fallback: sms.name },
    "unit notices: WeCom text cards for units with wecom recipients, SMS for the others and as fallback",
  );
  return new WecomUnitNotifier({
    sender,
    recipientsOf: (unitId) => ctx.config.units.get(unitId)?.wecom ?? null,
    fallback: sms,
    log: ctx.log,
    firstContactMinutes: ctx.config.jurisdiction.policy.firstContactMinutes,
  });
}

/** How duty officers are alarmed by default: SMS (SMS_PROVIDER), and WeCom when WECOM_* is set. */
export function defaultDutySenders(ctx: AppContext): DutyAlarmSender[] {
  const provider = createSmsProvider(ctx.env);
  const wecom = wecomSenderFor(ctx);
  return [
    new SmsDutyAlarmSender(provider ? new SmsUnitNotifier(provider) : new UnconfiguredNotifier()),
    ...(wecom ? [new WecomDutyAlarmSender(wecom)] : []),
  ];
}

export interface NotifyWorkerOptions {
  /** How units are notified; default: SMS through the configured SMS provider (SMS_PROVIDER). */
  notifier?: UnitNotifier;
  /** How duty roster officers are alarmed; default: SMS, and WeCom when configured. */
  dutySenders?: DutyAlarmSender[];
}

/** The notify queue's consumer: delivers unit notifications, retrying up to NOTIFY_MAX_ATTEMPTS. */
export function notifyWorkers(ctx: AppContext, opts: NotifyWorkerOptions = {}): Worker[] {
  const notifier = opts.notifier ?? defaultUnitNotifier(ctx);
  const dutySenders = opts.dutySenders ?? defaultDutySenders(ctx);
  const deliver = { notifier, dutySenders, maxAttempts: ctx.env.NOTIFY_MAX_ATTEMPTS };
  return [
    startWorker("notify", notifyHandler(ctx, deliver), {
      connection: ctx.redis,
      prefix: ctx.env.QUEUE_PREFIX,
      log: ctx.log,
      concurrency: 4,
    }),
  ];
}

export const notifyWorkerFactory: WorkerFactory = (ctx) => notifyWorkers(ctx);
