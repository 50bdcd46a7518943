ALTER TABLE `payments` ADD `cash_given_minor` integer;--> statement-breakpoint
CREATE TABLE `unapplied_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`order_id` integer,
	`reason` text NOT NULL,
	`status` text DEFAULT 'refund_pending' NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`stripe_event_id` text,
	`stripe_session_id` text,
	`stripe_payment_intent_id` text,
	`stripe_refund_id` text,
	`error` text,
	`note` text,
	`resolved_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unapplied_payments_intent_uq` ON `unapplied_payments` (`stripe_payment_intent_id`);--> statement-breakpoint
CREATE INDEX `unapplied_payments_status_idx` ON `unapplied_payments` (`status`,`created_at`);
