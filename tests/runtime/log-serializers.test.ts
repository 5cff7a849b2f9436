import { describe, expect, it } from "vitest";
import { redactErrorText, redactUrl } from "../../src/runtime/log-serializers.js";

describe("log serializers", () => {
  it("keeps a URL's path and parameter names, never the values", () => {
    expect(redactUrl("/api/v1/tickets?q=13912345678&limit=5")).toBe("/api/v1/tickets?q=…&limit=…");
    expect(redactUrl("/open311/v2/requests.json?api_key=secret")).toBe("/open311/v2/requests.json?api_key=…");
    expect(redactUrl("/healthz")).toBe("/healthz");
  });

  it("drops drizzle's parameters and pg's quoted values, keeping SQL identifiers", () => {
    const message = 'Failed query: insert into "tickets" ("summary") values ($1)\nparams: 赵秀兰 13700002222';
    expect(redactErrorText(message)).toBe(
      'Failed query: insert into "tickets" ("summary") values ($1)\nparams: [redacted]',
    );
    expect(redactErrorText('value "13700002222" is out of range for type integer')).toBe(
      'value "[redacted]" is out of range for type integer',
    );
    expect(
      redactErrorText('duplicate key value violates unique constraint "messages_channel_key"'),
    ).toContain("messages_channel_key");
    const stack = `Error: Failed query: select 1\nparams: 13700002222,x\n    at foo (a.js:1:1)`;
    expect(redactErrorText(stack)).toBe(
      "Error: Failed query: select 1\nparams: [redacted]\n    at foo (a.js:1:1)",
    );
  });
});
