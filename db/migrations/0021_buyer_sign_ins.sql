CREATE TABLE `buyer_sign_ins` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`email` text NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`used_by_session` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `buyer_sign_ins_token_idx` ON `buyer_sign_ins` (`token_hash`);
--> statement-breakpoint
CREATE INDEX `buyer_sign_ins_expires_idx` ON `buyer_sign_ins` (`expires_at`);
--> statement-breakpoint
CREATE INDEX `orders_email_lower_idx` ON `orders` (lower(`email`), `created_at`);
