-- Provenance and product pages show batches: a change to one drops cached pages too.
CREATE TRIGGER `batches_after_insert_version` AFTER INSERT ON `batches` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `batches_after_update_version` AFTER UPDATE ON `batches` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `batches_after_delete_version` AFTER DELETE ON `batches` BEGIN
  UPDATE `catalog_version` SET `version` = `version` + 1 WHERE `id` = 1;
END;
