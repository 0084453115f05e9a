/** Parses built HTML with html-validate's parser (a devDependency already), so no second HTML parser is needed. */
import { type HtmlElement, Parser, StaticConfigLoader } from 'html-validate';

const config = await new StaticConfigLoader().getConfigFor('page.html');

export function parseHtml(html: string): HtmlElement {
	return new Parser(config).parseHtml(html);
}
