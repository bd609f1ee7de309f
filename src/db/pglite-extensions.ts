import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** The extensions the migrations create, which PGlite must be able to load (PostgreSQL ships them in contrib). */
export const PGLITE_EXTENSIONS = { pg_trgm };
