import OpenAI from "openai";
import { detectUrgency } from "./detect-urgency.js";
import { categoryForHazard } from "./hazard-category.js";
import { zodResponseFormat } from "openai/helpers/zod";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { z } from "zod";
import { Complaint, callbackOf, type Channel, type ComplaintField } from "../domain/complaint.schema.js";
import type { DomainConfig } from "../domain/config.js";
import { Kind, Urgency } from "../domain/taxonomy.schema.js";
import { CircuitBreaker } from "./circuit-breaker.js";
import { detectKind } from "./detect-kind.js";
import {
  groundedCategory,
  groundedKind,
  groundedText,
  groundedUrgency,
  looksLikeInjection,
  supportedCommunity,
  type GroundingInput,
} from "./ground-llm-answer.js";
import { PlaceResolver } from "./place-resolver.js";
import type { ExtractionEngine, ExtractionInput } from "./extraction-engine.js";
import { maskPersonalData } from "./mask-personal-data.js";
import { normalizeText } from "./normalize-text.js";
import { renderPrompt } from "./render-prompt.js";
import { asksForPhone, channelLabel } from "../channels-runtime/channel-rules.js";

/** What the model fills: the complaint without contact details, confidences or bookkeeping. */
export const LlmComplaint = z.object({
  kind: Kind.describe("Kind of appeal"),
  category: z.string().describe("One category code from the list in the instructions, or other"),
  summary: z.string().describe("Dispatcher-ready summary in Simplified Chinese, at most 30 characters"),
  description: z.string().describe("The resident's facts, cleaned, in Simplified Chinese; nothing invented"),
  location: z.object({
    text: z.string().nullable().describe("The place as the resident said it, with building/unit, or null"),
    community: z.string().nullable().describe("One community code from the list, or null when not stated"),
  }),
  urgency: Urgency.describe("emergency | urgent | normal"),
});
export type LlmComplaint = z.infer<typeof LlmComplaint>;

export type LlmMode = "json_schema" | "json_object" | "tools";

export interface OpenAIEngineOptions {
  baseURL: string;
  apiKey: string;
  model: string;
  mode: LlmMode;
  timeoutMs: number;
  /** SDK retries (exponential backoff, honours Retry-After) on 408/409/429/5xx and timeouts. */
  maxRetries?: number;
  config: DomainConfig;
  /** Answers whenever the LLM cannot: circuit open, timeout, errors, invalid output after one repair. */
  fallback: ExtractionEngine;
  breaker?: CircuitBreaker;
  /** Told why the fallback answered (a reason code, never the resident's text). */
  onFallback?: (reason: string) => void;
}

const TOOL_NAME = "record_complaint";

/**
 * Extraction through any OpenAI-compatible Chat Completions endpoint (DeepSeek, Qwen, vLLM,
 * Ollama…). The model only fills `LlmComplaint`; the code decides everything that matters for
 * safety: category and community must exist in config (else the offline engine's value), the
 * answer is grounded in the resident's words (see ground-llm-answer.ts; a message that addresses
 * the model is not sent at all), urgency never drops below what the offline rules detect, contact
 * details come from the original text locally (the model sees it masked), and nothing the model
 * says can touch status or routing.
 */
export class OpenAIEngine implements ExtractionEngine {
  readonly name = "openai" as const;
  private readonly client: OpenAI;
  private readonly breaker: CircuitBreaker;
  private readonly categoryCodes: Set<string>;
  private readonly communityIds: Set<string>;
  private readonly categoryList: string;
  private readonly communityList: string;
  private readonly places: PlaceResolver;
  private readonly placeNames: string[];

  constructor(private readonly opts: OpenAIEngineOptions) {
    this.client = new OpenAI({
      baseURL: opts.baseURL,
      apiKey: opts.apiKey,
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries ?? 2,
      // The SDK logs request details at debug level; resident text must never reach logs.
      logLevel: "off",
    });
    this.breaker = opts.breaker ?? new CircuitBreaker({ threshold: 5, cooldownMs: 30_000 });
    const { taxonomy, jurisdiction } = opts.config;
    this.categoryCodes = new Set(taxonomy.categories.map((c) => c.code));
    const communities = jurisdiction.units.filter((u) => u.level === "community");
    this.communityIds = new Set(communities.map((u) => u.id));
    this.categoryList = taxonomy.categories
      .map((c) => `- ${c.code}：${c.name}${c.examples ? ` — ${c.examples}` : ""}`)
      .join("\n");
    this.communityList = communities.map((u) => `- ${u.id}：${u.name} — ${u.places.join("、")}`).join("\n");
    this.places = new PlaceResolver(jurisdiction);
    this.placeNames = communities.flatMap((u) => [u.name, ...u.places]);
  }

  get circuit(): CircuitBreaker["state"] {
    return this.breaker.state;
  }

  async extract(input: ExtractionInput): Promise<Complaint> {
    // The offline reading is always made: it supplies contact details, the safety floor for urgency
    // and the values that replace anything invalid the model returns.
    const offline = await this.opts.fallback.extract(input);
    // Words addressed to the model rather than describing a problem: whatever an obedient model
    // answers would be the resident's routing, so the model is not asked at all.
    if (looksLikeInjection(normalizeText(input.text))) return this.fallBack(offline, "injection_suspected");
    if (!this.breaker.allow()) return this.fallBack(offline, "circuit_open");
    let llm: LlmComplaint | null;
    try {
      llm = await this.ask(input);
    } catch (err) {
      this.breaker.failure();
      return this.fallBack(offline, errorReason(err));
    }
    if (!llm) {
      // The service answered, but twice not in shape: not an outage, so the circuit stays closed.
      this.breaker.success();
      return this.fallBack(offline, "invalid_output");
    }
    this.breaker.success();
    return this.combine(llm, offline, input);
  }

  /** One call plus at most one repair; null when both answers fail validation. */
  private async ask(input: ExtractionInput): Promise<LlmComplaint | null> {
    const known = input.known
      ? JSON.stringify({
          category: input.known.category,
          summary: input.known.summary,
          location: input.known.location
            ? { text: input.known.location.text, community: input.known.location.community }
            : undefined,
          description: input.known.description ? maskPersonalData(input.known.description) : undefined,
        })
      : "{}";
    const messages: ChatCompletionMessageParam[] = [
      {
        role: "system",
        content: renderPrompt("extract-complaint", {
          channel: promptChannelLabel(input.channel),
          categories: this.categoryList,
          communities: this.communityList,
          known,
        }),
      },
      {
        role: "user",
        content: renderPrompt("user-message", {
          kind: /坐席|来电人/.test(input.text) ? "热线通话转写" : "文字留言",
          message: maskPersonalData(normalizeText(input.text)).replaceAll("```", "'''"),
        }),
      },
    ];
    const first = await this.call(messages);
    const checked = validate(first);
    if (checked.ok) return checked.value;
    messages.push(
      { role: "assistant", content: first ?? "" },
      { role: "user", content: renderPrompt("repair-complaint", { error: checked.error }) },
    );
    const second = validate(await this.call(messages));
    return second.ok ? second.value : null;
  }

  /** The raw JSON text the model produced, in the configured mode. */
  private async call(messages: ChatCompletionMessageParam[]): Promise<string | null> {
    const { model, mode } = this.opts;
    if (mode === "tools") {
      const res = await this.client.chat.completions.create({
        model,
        messages,
        temperature: 0,
        tools: [
          {
            type: "function",
            function: {
              name: TOOL_NAME,
              description: "Record the structured complaint",
              parameters: z.toJSONSchema(LlmComplaint) as Record<string, unknown>,
            },
          },
        ],
        tool_choice: { type: "function", function: { name: TOOL_NAME } },
      });
      const call = res.choices[0]?.message.tool_calls?.find((c) => c.type === "function");
      return call && call.type === "function"
        ? call.function.arguments
        : (res.choices[0]?.message.content ?? null);
    }
    const res = await this.client.chat.completions.create({
      model,
      messages,
      temperature: 0,
      response_format:
        mode === "json_schema" ? zodResponseFormat(LlmComplaint, "complaint") : { type: "json_object" },
    });
    return res.choices[0]?.message.content ?? null;
  }

  /**
   * The model's answer, grounded in the resident's words: a community only where a place in the
   * text (or the draft) supports it, urgency raised only as far as the text gives evidence for,
   * summary and description only when they carry no link or command and come from the text.
   * Anything else falls back to the offline reading.
   */
  private combine(llm: LlmComplaint, offline: Complaint, input: ExtractionInput): Complaint {
    const channel: Channel = input.channel;
    const g: GroundingInput = {
      text: normalizeText(input.text),
      knownText: input.known?.description ?? null,
      knownCommunity: input.known?.location?.community ?? null,
      places: this.places,
      placeNames: this.placeNames,
    };
    let category = this.categoryCodes.has(llm.category)
      ? groundedCategory(llm.category, offline)
      : offline.category;
    // The danger the rules recognised decides who must come, whatever the model read.
    const hazard = offline.urgency === "emergency" ? detectUrgency(offline.description).hazard : null;
    const owner = categoryForHazard(hazard, offline.description, category);
    if (owner && this.categoryCodes.has(owner)) category = owner;
    const llmCommunity = llm.location.community;
    const community =
      llmCommunity !== null && this.communityIds.has(llmCommunity) && supportedCommunity(llmCommunity, g)
        ? llmCommunity
        : offline.location.community;
    const urgency = groundedUrgency(llm.urgency, offline.urgency, g);
    const kind = groundedKind(llm.kind, detectKind(g.text, category));
    const description = groundedText(llm.description, g, 0.5) ? llm.description.trim() : offline.description;
    const summary = groundedText(llm.summary, g) ? llm.summary.trim() : offline.summary;
    const missing: ComplaintField[] = [];
    if (!community) missing.push("location");
    if (!description || (category === "other" && offline.missing.includes("description")))
      missing.push("description");
    if (asksForPhone(channel) && !callbackOf(offline.contact)) missing.push("contact");
    return Complaint.parse({
      kind,
      category,
      summary: [...(summary || offline.summary)].slice(0, 30).join(""),
      description: description.slice(0, 4000),
      location: {
        text:
          (community === llmCommunity && llm.location.text && groundedText(llm.location.text, g)
            ? llm.location.text
            : offline.location.text
          )?.slice(0, 200) ?? null,
        community,
        lat: offline.location.lat,
        lng: offline.location.lng,
      },
      urgency,
      contact: offline.contact,
      missing,
      confidence: {
        kind: 0.8,
        category: category === llm.category ? 0.85 : (offline.confidence.category ?? 0),
        summary: 0.8,
        description: 0.85,
        location: community
          ? community === llm.location.community
            ? 0.85
            : (offline.confidence.location ?? 0)
          : 0,
        urgency: 0.85,
        contact: offline.confidence.contact ?? 0,
      },
      engine: "openai",
      candidates: offline.candidates,
    });
  }

  private fallBack(offline: Complaint, reason: string): Complaint {
    this.opts.onFallback?.(reason);
    return offline;
  }
}

function validate(raw: string | null): { ok: true; value: LlmComplaint } | { ok: false; error: string } {
  if (!raw) return { ok: false, error: "没有输出内容" };
  let json: unknown;
  try {
    json = JSON.parse(stripFence(raw));
  } catch {
    return { ok: false, error: "输出不是合法的 JSON" };
  }
  const parsed = LlmComplaint.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      error: parsed.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join(".") || "(根)"}: ${i.message}`)
        .join("; "),
    };
  return { ok: true, value: parsed.data };
}

// Some JSON-mode providers still wrap the object in a Markdown fence.
function stripFence(s: string): string {
  const m = /^\s*```(?:json)?\s*([\s\S]*?)\s*```\s*$/.exec(s);
  return m ? m[1]! : s;
}

function errorReason(err: unknown): string {
  if (err instanceof OpenAI.APIConnectionTimeoutError) return "timeout";
  if (err instanceof OpenAI.APIConnectionError) return "connection";
  if (err instanceof OpenAI.RateLimitError) return "rate_limited";
  if (err instanceof OpenAI.APIError) return `http_${err.status ?? "error"}`;
  return "error";
}

/** How the model is told where the text came from (more specific than the staff label). */
function promptChannelLabel(channel: Channel): string {
  return PROMPT_LABELS[channel] ?? channelLabel(channel);
}
const PROMPT_LABELS: Readonly<Record<string, string>> = {
  wechat: "微信公众号",
  hotline: "12345热线通话转写",
};
