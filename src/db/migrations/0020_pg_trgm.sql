-- Trigram indexes: customer search by any part of a name (the console) stays an index scan at 1,000,000 rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
