/**
 * Reads a `_headers` file the way Netlify and Cloudflare Pages do (a path line, then indented
 * `Name: value` lines; `*` in a path matches any characters), so tests can ask which headers a URL
 * gets and from how many rules.
 */
export interface ParsedRule {
	path: string;
	headers: Record<string, string>;
}

export function parseHeadersFile(text: string): ParsedRule[] {
	const rules: ParsedRule[] = [];
	for (const line of text.split('\n')) {
		if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const rule = rules.at(-1);
		const match = /^\s+([\w-]+):\s*(.*)$/.exec(line);
		if (!rule || !match) throw new Error(`Not a header line under a path: ${line}`);
		rule.headers[match[1] as string] = match[2] as string;
	}
	return rules;
}

const pathPattern = (path: string) =>
	new RegExp(`^${path.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** Every value each header gets for a URL path, one entry per matching rule that sets it. */
export function headersForUrl(rules: readonly ParsedRule[], url: string): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	for (const rule of rules.filter(({ path }) => pathPattern(path).test(url))) {
		for (const [name, value] of Object.entries(rule.headers)) found[name] = [...(found[name] ?? []), value];
	}
	return found;
}

/** The URL paths a built file is served at: "plph/index.html" at "/plph/" and "/plph/index.html". */
export function urlsOf(builtFile: string): string[] {
	const direct = `/${builtFile}`;
	return builtFile === 'index.html' || builtFile.endsWith('/index.html') ? [direct.slice(0, -'index.html'.length), direct] : [direct];
}
