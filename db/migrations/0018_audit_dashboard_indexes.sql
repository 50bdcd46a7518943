CREATE INDEX `audit_log_user_idx` ON `audit_log` (`user_id`);
--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`);
--> statement-breakpoint
CREATE INDEX `inquiries_status_idx` ON `inquiries` (`status`, `created_at`);
--> statement-breakpoint
CREATE INDEX `certificates_status_idx` ON `certificates` (`status`, `valid_until`);
