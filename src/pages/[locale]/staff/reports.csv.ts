import type { APIRoute } from 'astro';
import { getDb } from '../../../../db/client.ts';
import { staffActor } from '../../../lib/accounts/guard.ts';
import { csvDownload } from '../../../lib/http/csv.ts';
import { routeLocale } from '../../../lib/http/locale-guard.ts';
import { getTranslator } from '../../../lib/i18n/translate.ts';
import { salesReportCsv, salesReportFilename } from '../../../lib/reports/csv.ts';
import { parseReportQuery, reportToday, salesReport } from '../../../lib/reports/sales.ts';

export const prerender = false;

/** The sales report of the same form as the reports page, as a CSV download for a spreadsheet. */
export const GET: APIRoute = async ({ params, url, locals, rewrite }) => {
  const locale = routeLocale(params.locale);
  if (!locale) return rewrite('/404');
  if (!staffActor(locals.user, locals.client.ip)) return rewrite('/403');
  const { query } = parseReportQuery(url.searchParams, reportToday());
  if (!query) {
    return new Response('Invalid report filters', { status: 422, headers: { 'Content-Type': 'text/plain' } });
  }
  const report = await salesReport(getDb(), locale, query);
  return csvDownload(salesReportCsv(report, getTranslator(locale), locale), salesReportFilename(report));
};
