-- Currency rates keep their history: a row per currency and the date it applies from.
CREATE TABLE `currency_rates_new` (
	`currency` text NOT NULL,
	`effective_on` text NOT NULL,
	`kgs_per_unit_micros` integer NOT NULL,
	`source` text DEFAULT 'manual' NOT NULL,
	`set_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`currency`, `effective_on`),
	CONSTRAINT `currency_rates_positive_ck` CHECK(`kgs_per_unit_micros` > 0)
);
--> statement-breakpoint
INSERT INTO `currency_rates_new` (`currency`, `effective_on`, `kgs_per_unit_micros`, `source`, `set_by`, `created_at`, `updated_at`)
  SELECT `currency`, `set_on`, `kgs_per_unit_micros`, 'seed', `set_by`, `created_at`, `updated_at` FROM `currency_rates`;
--> statement-breakpoint
DROP TABLE `currency_rates`;
--> statement-breakpoint
ALTER TABLE `currency_rates_new` RENAME TO `currency_rates`;
--> statement-breakpoint
CREATE INDEX `currency_rates_effective_idx` ON `currency_rates` (`effective_on`);
--> statement-breakpoint
CREATE TRIGGER `currency_rates_after_insert_version` AFTER INSERT ON `currency_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `currency_rates_after_update_version` AFTER UPDATE ON `currency_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `currency_rates_after_delete_version` AFTER DELETE ON `currency_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- The shop's own details (legal name, bank, contacts; address and hours per language), edited by admins.
-- locale '' holds a value for every language.
CREATE TABLE `shop_settings` (
	`key` text NOT NULL,
	`locale` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`key`, `locale`)
);
--> statement-breakpoint
CREATE TRIGGER `shop_settings_after_insert_version` AFTER INSERT ON `shop_settings` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shop_settings_after_update_version` AFTER UPDATE ON `shop_settings` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shop_settings_after_delete_version` AFTER DELETE ON `shop_settings` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- Scheduled work that several processes share: the one whose guarded UPDATE moves next_run_at runs it.
CREATE TABLE `scheduled_jobs` (
	`name` text PRIMARY KEY NOT NULL,
	`next_run_at` integer NOT NULL,
	`last_result` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
