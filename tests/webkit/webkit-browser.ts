/**
 * One WebKit browser (WebKitGTK's MiniBrowser through WebKitWebDriver) for a spec file, with the few
 * actions the specs share. tests/webkit/run.ts starts the site and the driver and passes their
 * addresses in the environment.
 */
import { Builder, By, error as webDriverErrors, type WebDriver, type WebElement } from 'selenium-webdriver';

/** How long a page may take to load, hydrate or react to a click before the test fails. */
const waitLimitMs = 15_000;

function fromRunner(name: string): string {
	const value = process.env[name];
	if (!value) {
		throw new Error(`${name} is not set: run the WebKit tests with \`npm run test:webkit\`, which starts the site and the driver.`);
	}
	return value;
}

export class WebKitBrowser {
	readonly driver: WebDriver;
	private readonly siteOrigin: string;

	private constructor(driver: WebDriver, siteOrigin: string) {
		this.driver = driver;
		this.siteOrigin = siteOrigin;
	}

	static async open(): Promise<WebKitBrowser> {
		const driver = await new Builder()
			.usingServer(fromRunner('WEBKIT_DRIVER_URL'))
			.withCapabilities({
				// WebKitWebDriver checks the name against the browser it launches; Selenium needs one to build.
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: fromRunner('WEBKIT_MINIBROWSER'), args: ['--automation'] },
			})
			.build();
		// Portrait tablet size, as in the Chromium tests.
		await driver.manage().window().setRect({ width: 768, height: 1024 });
		return new WebKitBrowser(driver, fromRunner('WEBKIT_SITE_ORIGIN'));
	}

	/** Opens a page of the site and waits until it has loaded (its module scripts have run). */
	async goto(path: string): Promise<void> {
		await this.driver.get(new URL(path, this.siteOrigin).href);
		await this.waitFor(`${path} to finish loading`, () =>
			this.driver.executeScript<boolean>('return document.readyState === "complete"'),
		);
	}

	/** Reloads the page as the reader's refresh button would. */
	async reload(): Promise<void> {
		await this.driver.navigate().refresh();
		await this.waitFor('the page to finish loading after a reload', () =>
			this.driver.executeScript<boolean>('return document.readyState === "complete"'),
		);
	}

	/** Every error the page has reported since it started loading (see error-collector.js). */
	async scriptErrors(): Promise<string[]> {
		const errors = await this.driver.executeScript<string[] | null>('return window.__errors ?? null');
		if (errors === null) {
			throw new Error('The error collector did not run on this page, so its errors cannot be checked (was it blocked?).');
		}
		return errors;
	}

	/**
	 * Waits until `condition` answers something truthy and returns it; when it never does, the failure
	 * lists what the page reported, which is often the cause.
	 */
	async waitFor<T>(what: string, condition: () => Promise<T | undefined>): Promise<T> {
		let lastMiss: Error | undefined;
		// While the page is changing (a tapped link, Back), an element found a moment ago can belong to
		// the page that is going away, or the next page may not have drawn it yet. Either means "not
		// yet", not "failed": the condition is asked again until the time is up.
		const untilNextPageSettles = async () => {
			try {
				const answer = await condition();
				lastMiss = undefined;
				return answer;
			} catch (error) {
				if (error instanceof webDriverErrors.StaleElementReferenceError || error instanceof webDriverErrors.NoSuchElementError) {
					lastMiss = error;
					return undefined;
				}
				throw error;
			}
		};
		try {
			return (await this.driver.wait(untilNextPageSettles, waitLimitMs)) as T;
		} catch (error) {
			const reported = await this.scriptErrors().catch(() => []);
			const cause = lastMiss ? ` (last try: ${lastMiss.name})` : error instanceof Error ? ` (${error.name})` : '';
			throw new Error(
				`Waited ${waitLimitMs / 1000} s for ${what}${cause}.${reported.length > 0 ? ` The page reported:\n${reported.join('\n')}` : ''}`,
			);
		}
	}

	/**
	 * Taps an element as a reader would after scrolling it into the middle of the screen. WebDriver's own
	 * scrolling stops with the element at the bottom edge, under the walkthrough's sticky "New or worse
	 * symptoms?" bar, and the tap would land on the bar.
	 */
	async tap(element: WebElement): Promise<void> {
		await this.driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
		await element.click();
	}

	find(selector: string): Promise<WebElement> {
		return this.driver.findElement(By.css(selector));
	}

	findAll(selector: string): Promise<WebElement[]> {
		return this.driver.findElements(By.css(selector));
	}

	/** The first element under `container` matching `selector` whose text is exactly `text`, if any. */
	async findByText(container: WebElement, selector: string, text: string): Promise<WebElement | undefined> {
		const found = await this.driver.executeScript<WebElement | null>(
			'const [container, selector, text] = arguments; return [...container.querySelectorAll(selector)].find((element) => element.textContent.trim() === text) ?? null;',
			container,
			selector,
			text,
		);
		return found ?? undefined;
	}

	/** The first element under `container` matching `selector` whose `attribute` is exactly `value`, if any. */
	async findByAttribute(container: WebElement, selector: string, attribute: string, value: string): Promise<WebElement | undefined> {
		const found = await this.driver.executeScript<WebElement | null>(
			'const [container, selector, attribute, value] = arguments; return [...container.querySelectorAll(selector)].find((element) => element.getAttribute(attribute) === value) ?? null;',
			container,
			selector,
			attribute,
			value,
		);
		return found ?? undefined;
	}

	async quit(): Promise<void> {
		await this.driver.quit();
	}
}
