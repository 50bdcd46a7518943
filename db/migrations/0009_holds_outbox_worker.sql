ALTER TABLE `orders` ADD `session_id` text;--> statement-breakpoint
ALTER TABLE `orders` ADD `client_ip` text;--> statement-breakpoint
CREATE INDEX `orders_unpaid_session_idx` ON `orders` (`session_id`,`status`);--> statement-breakpoint
CREATE INDEX `orders_unpaid_ip_idx` ON `orders` (`client_ip`,`status`);--> statement-breakpoint
ALTER TABLE `order_lines` ADD `short_quantity` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `order_id` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `attempts` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `outbox` ADD `next_attempt_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claimed_until` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `claim_token` text;--> statement-breakpoint
CREATE INDEX `outbox_due_idx` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_order_idx` ON `outbox` (`order_id`);--> statement-breakpoint
CREATE TABLE `order_link_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);--> statement-breakpoint
CREATE INDEX `order_link_requests_email_idx` ON `order_link_requests` (`email`,`created_at`);--> statement-breakpoint
CREATE INDEX `order_link_requests_ip_idx` ON `order_link_requests` (`ip`,`created_at`);
