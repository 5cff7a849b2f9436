export * from "./units.js";
export * from "./residents.js";
export * from "./conversations.js";
export * from "./tickets.js";
export * from "./outbox.js";
