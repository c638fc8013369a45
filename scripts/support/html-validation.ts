import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { parse } from 'node-html-parser';
import { htmlPagePaths, pageFile, pageSources } from './site-links.ts';

export interface HtmlProblem {
  page: string;
  /** The file to fix (content file or template), see pageSources. */
  source: string | undefined;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * The project's html-validate rules (`.htmlvalidate.json`), read explicitly: the built
 * site may live outside the project (a temporary folder), where html-validate's own
 * search for a configuration file would not find it.
 */
export function loadHtmlValidateConfig(root: string): ConfigData {
  return JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
}

/** Validates every HTML page of a built site and names the source file behind each problem. */
export async function validateSiteHtml(outDir: string, config: ConfigData): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(config);
  const problems: HtmlProblem[] = [];
  for (const page of htmlPagePaths(outDir)) {
    const html = readFileSync(pageFile(outDir, page), 'utf8');
    const report = await validator.validateString(html, pageFile(outDir, page));
    if (report.valid) continue;
    const document = parse(html);
    const sourceOfElement = pageSources(page, document);
    for (const message of report.results.flatMap((result) => result.messages)) {
      const element = message.selector ? safeQuery(document, message.selector) : undefined;
      problems.push({
        page,
        source: sourceOfElement(element),
        line: message.line,
        column: message.column,
        rule: message.ruleId,
        message: message.message,
      });
    }
  }
  return problems;
}

function safeQuery(document: ReturnType<typeof parse>, selector: string) {
  try {
    return document.querySelector(selector) ?? undefined;
  } catch {
    // A selector node-html-parser cannot read; the problem is then attributed to the page.
    return undefined;
  }
}
