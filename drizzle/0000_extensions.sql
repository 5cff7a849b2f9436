-- Custom migration: extensions the schema relies on (trigram search over ticket text).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
