import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps } from './columns.ts';

/** Scheduled jobs (the server's backup): claimed with one guarded upsert, so several instances run each once. */
export const scheduledJobs = sqliteTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  /** The claim of the instance running the job now; another may take over after it. */
  runningUntil: integer('running_until', { mode: 'number' }),
  holder: text('holder'),
  lastStartedAt: integer('last_started_at', { mode: 'number' }),
  lastFinishedAt: integer('last_finished_at', { mode: 'number' }),
  lastError: text('last_error'),
  ...timestamps,
});
