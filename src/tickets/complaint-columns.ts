import type { Complaint } from "../domain/complaint.schema.js";
import { houseNumberTokens } from "../domain/duplicate-score.js";

/**
 * A complaint as the ticket columns the filing statements read from their JSON parameter (staff
 * filing and intake filing write the same columns from the same fields).
 */
export function complaintColumns(c: Complaint) {
  return {
    kind: c.kind,
    category: c.category,
    summary: c.summary,
    description: c.description,
    location_text: c.location.text,
    community_id: c.location.community,
    lat: c.location.lat,
    lng: c.location.lng,
    urgency: c.urgency,
    engine: c.engine,
    complaint: c,
    // Worked out once here, so the route worker's duplicate search can gate other buildings in SQL.
    dup_numbers: houseNumberTokens(c.summary, c.description),
  };
}

/**
 * The reporter's callback contact a complaint names when it is not their own number (a relative's):
 * kept on the ticket's reporter row, never on the resident's profile.
 */
export function reporterCallback(c: Complaint): {
  callback_phone: string | null;
  callback_for: "relative" | null;
} {
  const callback = c.contact.callback;
  return callback?.for === "relative"
    ? { callback_phone: callback.phone, callback_for: "relative" }
    : { callback_phone: null, callback_for: null };
}
