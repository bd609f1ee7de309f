CREATE TABLE "catalogue_versions" (
	"account_id" text collate "C" PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
