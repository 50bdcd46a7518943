-- products.available = units that online buyers can order (on hand minus reserved at locations that sell online),
-- products.min_price_tiyin = the cheapest active variant. Triggers keep both in step with every write path,
-- so the catalogue filters and sorts on plain indexed columns.
CREATE TRIGGER `stock_levels_after_insert` AFTER INSERT ON `stock_levels`
WHEN (SELECT `sells_online` FROM `stock_locations` WHERE `id` = NEW.`location_id`) = 1
BEGIN
  UPDATE `products` SET `available` = `available` + (NEW.`on_hand` - NEW.`reserved`)
  WHERE `id` = (SELECT `product_id` FROM `variants` WHERE `id` = NEW.`variant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stock_levels_after_update` AFTER UPDATE OF `on_hand`, `reserved` ON `stock_levels`
WHEN (SELECT `sells_online` FROM `stock_locations` WHERE `id` = NEW.`location_id`) = 1
BEGIN
  UPDATE `products`
  SET `available` = `available` + (NEW.`on_hand` - NEW.`reserved`) - (OLD.`on_hand` - OLD.`reserved`)
  WHERE `id` = (SELECT `product_id` FROM `variants` WHERE `id` = NEW.`variant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `stock_levels_after_delete` AFTER DELETE ON `stock_levels`
WHEN (SELECT `sells_online` FROM `stock_locations` WHERE `id` = OLD.`location_id`) = 1
BEGIN
  UPDATE `products` SET `available` = `available` - (OLD.`on_hand` - OLD.`reserved`)
  WHERE `id` = (SELECT `product_id` FROM `variants` WHERE `id` = OLD.`variant_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `variants_after_insert` AFTER INSERT ON `variants` BEGIN
  UPDATE `products` SET `min_price_tiyin` = coalesce(
    (SELECT min(`price_tiyin`) FROM `variants` WHERE `product_id` = NEW.`product_id` AND `active` = 1), 0)
  WHERE `id` = NEW.`product_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `variants_after_update` AFTER UPDATE OF `price_tiyin`, `active` ON `variants` BEGIN
  UPDATE `products` SET `min_price_tiyin` = coalesce(
    (SELECT min(`price_tiyin`) FROM `variants` WHERE `product_id` = NEW.`product_id` AND `active` = 1), 0)
  WHERE `id` = NEW.`product_id`;
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- The page cache serves anonymous catalogue pages until the catalogue version changes. Availability is shown
-- as in stock / only N left (N <= 5) / sold out, so only a change of that display bumps the version.
CREATE TRIGGER `products_after_update` AFTER UPDATE ON `products`
WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`featured` IS NOT NEW.`featured`
  OR OLD.`min_price_tiyin` IS NOT NEW.`min_price_tiyin` OR OLD.`image` IS NOT NEW.`image`
  OR min(max(OLD.`available`, 0), 6) != min(max(NEW.`available`, 0), 6)
BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
INSERT INTO `catalog_version` (`id`, `version`) VALUES (1, 1);
