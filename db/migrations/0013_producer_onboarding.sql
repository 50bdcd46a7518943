-- Staff onboard producers from the web (issue 10 point 2): the language the producer writes in (their
-- texts come first in that language, others may follow) and a postal address for staff (pickups, payouts).
ALTER TABLE `producers` ADD `main_locale` text DEFAULT 'ky' NOT NULL;
--> statement-breakpoint
ALTER TABLE `producers` ADD `address` text;
