DROP INDEX `products_producer_idx`;--> statement-breakpoint
CREATE INDEX `products_producer_status_idx` ON `products` (`producer_id`,`status`,`featured`,`published_at`);