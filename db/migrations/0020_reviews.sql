-- Reviews from buyers (issue 12 point 4). An invite is the private link mailed when an order is delivered
-- or handed over: only the SHA-256 of its token is kept. A review belongs to one order line (UNIQUE), so
-- there is no review without a delivered line; the guarded INSERT in src/lib/reviews checks the rest.
CREATE TABLE `review_invites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_invites_order_uq` ON `review_invites` (`order_id`);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_invites_token_uq` ON `review_invites` (`token_hash`);
--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_line_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`producer_id` integer NOT NULL,
	`rating` integer NOT NULL,
	`body` text NOT NULL,
	`author_name` text NOT NULL,
	`locale` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`moderated_by` integer,
	`moderated_at` integer,
	`answer` text,
	`answered_at` integer,
	`answered_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`order_line_id`) REFERENCES `order_lines`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`producer_id`) REFERENCES `producers`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "reviews_rating_ck" CHECK("reviews"."rating" BETWEEN 1 AND 5),
	CONSTRAINT "reviews_locale_ck" CHECK("reviews"."locale" IN ('ky', 'ru', 'en')),
	CONSTRAINT "reviews_status_ck" CHECK("reviews"."status" IN ('pending', 'approved', 'rejected')),
	CONSTRAINT "reviews_answer_ck" CHECK(("reviews"."answer" IS NULL) = ("reviews"."answered_at" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reviews_order_line_uq` ON `reviews` (`order_line_id`);
--> statement-breakpoint
CREATE INDEX `reviews_product_idx` ON `reviews` (`product_id`, `status`, `created_at`);
--> statement-breakpoint
CREATE INDEX `reviews_producer_idx` ON `reviews` (`producer_id`, `status`, `created_at`);
--> statement-breakpoint
CREATE INDEX `reviews_status_idx` ON `reviews` (`status`, `created_at`);
--> statement-breakpoint
-- Product and producer pages show approved reviews and their answers: those changes drop cached pages.
CREATE TRIGGER `reviews_after_insert_version` AFTER INSERT ON `reviews` WHEN NEW.`status` = 'approved' BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_after_update_version` AFTER UPDATE ON `reviews`
  WHEN NEW.`status` = 'approved' OR OLD.`status` = 'approved' BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `reviews_after_delete_version` AFTER DELETE ON `reviews` WHEN OLD.`status` = 'approved' BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
