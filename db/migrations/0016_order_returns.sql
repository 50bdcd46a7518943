-- Returns and refunds of delivered orders (issue 10 point 8): a return names some units of some lines,
-- each put back in stock or written off, and the money given back (through Stripe or by staff). Its
-- idempotency key is the form's, so a double submit records one return.
CREATE TABLE `order_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer NOT NULL REFERENCES `orders`(`id`) ON DELETE cascade,
	`idempotency_key` text NOT NULL,
	`status` text DEFAULT 'done' NOT NULL,
	`method` text NOT NULL,
	`items_tiyin` integer NOT NULL,
	`shipping_tiyin` integer DEFAULT 0 NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`stripe_refund_id` text,
	`error` text,
	`note` text,
	`user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "order_returns_amount_ck" CHECK("order_returns"."amount_minor" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_returns_key_uq` ON `order_returns` (`idempotency_key`);
--> statement-breakpoint
CREATE INDEX `order_returns_order_idx` ON `order_returns` (`order_id`, `status`);
--> statement-breakpoint
CREATE TABLE `order_return_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`return_id` integer NOT NULL REFERENCES `order_returns`(`id`) ON DELETE cascade,
	`order_line_id` integer NOT NULL REFERENCES `order_lines`(`id`) ON DELETE cascade,
	`quantity` integer NOT NULL,
	`disposition` text NOT NULL,
	`amount_tiyin` integer NOT NULL,
	`batch_id` integer REFERENCES `batches`(`id`),
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "order_return_lines_quantity_ck" CHECK("order_return_lines"."quantity" > 0)
);
--> statement-breakpoint
CREATE INDEX `order_return_lines_return_idx` ON `order_return_lines` (`return_id`);
--> statement-breakpoint
CREATE INDEX `order_return_lines_line_idx` ON `order_return_lines` (`order_line_id`);
--> statement-breakpoint
-- A pay-at-pickup order packed and waiting at the counter before it is paid: still `pending_payment` (its
-- units stay held, not sold, until the hold runs out), but staff and the buyer see it is ready.
ALTER TABLE `orders` ADD `ready_at` integer;
