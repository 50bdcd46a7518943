-- One row per scheduled job (the server's backup): which instance runs it now, and when it last started,
-- so several app instances on one database run it once per interval.
CREATE TABLE `scheduled_jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`running_until` integer,
	`holder` text,
	`last_started_at` integer,
	`last_finished_at` integer,
	`last_error` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
