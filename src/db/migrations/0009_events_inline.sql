-- Events are written 3 per renewal at 1.5–2.5 kB each, just past the 2 kB point where PostgreSQL starts compressing a
-- row with pglz; that compression was 6% of the database's CPU in bench/billing-run.ts and saved little on an
-- append-only log read rarely. Rows up to the page size now stay inline, uncompressed; larger ones still go to TOAST.
ALTER TABLE "events" SET (toast_tuple_target = 8160);
