import type { Complaint } from "../domain/complaint.schema.js";

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
  };
}
