/**
 * Names the page a component is rendered on, for build errors ("unknown id … on <page>"): the source
 * file of a guide page, or the URL path elsewhere. Starlight's route data throws when read outside a
 * page it rendered, such as a custom page's slot.
 */
export function citingPage(astro: { locals: App.Locals; url: URL }): string {
	try {
		return astro.locals.starlightRoute.entry.filePath;
	} catch {
		return astro.url.pathname;
	}
}
