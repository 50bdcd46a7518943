CREATE TABLE `media` (
	`key` text PRIMARY KEY NOT NULL,
	`producer_id` integer,
	`kind` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`widths` text,
	`width` integer,
	`height` integer,
	`uploaded_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`producer_id`) REFERENCES `producers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `media_producer_idx` ON `media` (`producer_id`,`kind`);--> statement-breakpoint
CREATE TABLE `product_drafts` (
	`product_id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL,
	`status` text DEFAULT 'editing' NOT NULL,
	`reject_reason` text,
	`reject_note` text,
	`submitted_at` integer,
	`reviewed_by` integer,
	`reviewed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `product_drafts_status_idx` ON `product_drafts` (`status`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `product_photos` (
	`product_id` integer NOT NULL,
	`media_key` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`product_id`, `media_key`),
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`ok` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_email_ip_idx` ON `login_attempts` (`email`,`ip`,`created_at`);--> statement-breakpoint
CREATE INDEX `login_attempts_ip_idx` ON `login_attempts` (`ip`,`created_at`);--> statement-breakpoint
CREATE TABLE `password_resets` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`ip` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `password_resets_user_idx` ON `password_resets` (`user_id`);--> statement-breakpoint
ALTER TABLE `certificates` ADD `reject_reason` text;--> statement-breakpoint
ALTER TABLE `certificates` ADD `uploaded_by` integer;--> statement-breakpoint
ALTER TABLE `products` ADD `monthly_capacity` integer;--> statement-breakpoint
ALTER TABLE `products` ADD `lead_time_days` integer;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `answer` text;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `answered_at` integer;--> statement-breakpoint
ALTER TABLE `inquiries` ADD `ip` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `absolute_expires_at` integer;--> statement-breakpoint
CREATE TRIGGER `product_photos_after_insert_version` AFTER INSERT ON `product_photos` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `product_photos_after_update_version` AFTER UPDATE ON `product_photos` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `product_photos_after_delete_version` AFTER DELETE ON `product_photos` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
