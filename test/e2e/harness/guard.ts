import type { ConsoleMessage, Page } from 'playwright-core';

/** Something that went wrong in the page: an uncaught exception or a console error. */
export interface PageProblem {
  kind: 'pageerror' | 'console';
  text: string;
  /** Script URL and line, when Chromium reports one. */
  location?: string;
}

/** A problem matching one of these is tolerated: a pattern on its text, or a predicate. */
export type AllowRule = RegExp | ((problem: PageProblem) => boolean);

export interface PageGuard {
  /** Problems seen so far that no allow rule matched. */
  readonly problems: readonly PageProblem[];
  /** Adds an allow rule for the rest of this page's life. */
  allow(rule: AllowRule): void;
  /** Throws, listing every problem, if any was seen. */
  assertClean(): void;
  /** Stops listening. */
  dispose(): void;
}

function allowed(rules: readonly AllowRule[], problem: PageProblem): boolean {
  return rules.some((rule) => (rule instanceof RegExp ? rule.test(problem.text) : rule(problem)));
}

/**
 * One problem per paragraph. Page stack lines are re-marked (`from` instead of `at`) so the
 * test runner does not mistake the page's URLs for its own source files.
 */
export function formatProblems(problems: readonly PageProblem[]): string {
  return problems
    .map((p) => {
      const text = p.text.replace(/^\s*at /gm, '      from ');
      return `  [${p.kind}] ${text}${p.location ? `\n      from ${p.location}` : ''}`;
    })
    .join('\n');
}

/**
 * Records every uncaught page error and every `console.error` (which includes failed
 * resource loads and CSP violations) so a test can fail on them.
 */
export function guardPage(page: Page, rules: readonly AllowRule[] = []): PageGuard {
  const allowRules = [...rules];
  const problems: PageProblem[] = [];
  const record = (problem: PageProblem): void => {
    if (!allowed(allowRules, problem)) problems.push(problem);
  };
  const onPageError = (error: Error): void => {
    record({ kind: 'pageerror', text: error.stack ?? `${error.name}: ${error.message}` });
  };
  const onConsole = (message: ConsoleMessage): void => {
    if (message.type() !== 'error') return;
    const { url, lineNumber, columnNumber } = message.location();
    const problem: PageProblem = { kind: 'console', text: message.text() };
    if (url) problem.location = `${url}:${lineNumber + 1}:${columnNumber + 1}`;
    record(problem);
  };
  page.on('pageerror', onPageError);
  page.on('console', onConsole);
  return {
    problems,
    allow: (rule) => {
      allowRules.push(rule);
    },
    assertClean: () => {
      if (problems.length > 0) {
        throw new Error(`The page reported ${problems.length} error(s):\n${formatProblems(problems)}`);
      }
    },
    dispose: () => {
      page.off('pageerror', onPageError);
      page.off('console', onConsole);
    },
  };
}
