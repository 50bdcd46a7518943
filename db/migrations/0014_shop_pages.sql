-- The pages a shop must have (contact, shipping and returns, privacy, terms, FAQ), one row per page and
-- language, edited by admins in Markdown. `html` is the sanitised rendering, made when the row is saved.
-- The default texts are not inserted here: db/setup.ts adds them on start to a page that has no row yet
-- (a migration cannot render Markdown), so an existing shop gets them on its next start as a new one does.
CREATE TABLE `shop_pages` (
	`slug` text NOT NULL,
	`locale` text NOT NULL,
	`markdown` text NOT NULL,
	`html` text NOT NULL,
	`revision` integer DEFAULT 1 NOT NULL,
	`updated_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`slug`, `locale`),
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TRIGGER `shop_pages_after_insert_version` AFTER INSERT ON `shop_pages` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shop_pages_after_update_version` AFTER UPDATE ON `shop_pages` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shop_pages_after_delete_version` AFTER DELETE ON `shop_pages` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- The shipping-and-returns page shows the shipping table: an admin's change to it reaches cached pages at once.
CREATE TRIGGER `shipping_zones_after_update_version` AFTER UPDATE ON `shipping_zones` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_zones_after_insert_version` AFTER INSERT ON `shipping_zones` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_zones_after_delete_version` AFTER DELETE ON `shipping_zones` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_zone_translations_after_insert_version` AFTER INSERT ON `shipping_zone_translations` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_zone_translations_after_update_version` AFTER UPDATE ON `shipping_zone_translations` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_rates_after_insert_version` AFTER INSERT ON `shipping_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_rates_after_update_version` AFTER UPDATE ON `shipping_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `shipping_rates_after_delete_version` AFTER DELETE ON `shipping_rates` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
