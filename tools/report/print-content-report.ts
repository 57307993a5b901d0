/**
 * `npm run content:report`: what needs an editor's attention today (or on `--date YYYY-MM-DD`).
 * Text by default; `--json` for other tools. Reads `content/` (or `CONTENT_DIR`) and, for links
 * written outside content, the files under `src/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../../build/content/content-files';
import { checkIntegrity } from '../../build/content/content-integrity';
import { contentReport, formatReport, parseReportArgs, ReportUsageError } from './content-report';

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const path = join(folder, item.name);
    if (item.isDirectory()) return filesUnder(path);
    return /\.(?:astro|ts|json|ya?ml)$/.test(item.name) ? [path] : [];
  });
}

try {
  const { date, json } = parseReportArgs(process.argv.slice(2), new Date());
  const { entries, problems, unloaded } = loadContent();
  const linkSources = filesUnder('src').map((file) => ({
    file: relative(process.cwd(), file),
    text: readFileSync(file, 'utf8'),
  }));
  const report = contentReport(entries, date, { linkSources, problems: [...problems, ...checkIntegrity(entries, unloaded)] });
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
} catch (error) {
  if (!(error instanceof ReportUsageError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
