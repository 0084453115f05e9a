/**
 * Types for the part of selenium-webdriver 4.46 the WebKit tests use: the package ships JavaScript
 * only, and @types/selenium-webdriver is not a dependency. Signatures follow its lib/webdriver.js.
 */
declare module 'selenium-webdriver' {
	/** A locator: how to find elements (`using`) and what to look for (`value`). */
	export interface By {
		readonly using: string;
		readonly value: string;
	}
	export const By: {
		css(selector: string): By;
	};

	export class WebElement {
		click(): Promise<void>;
		getText(): Promise<string>;
		/** The element's attribute as written in the DOM, or null when it has none. */
		getDomAttribute(name: string): Promise<string | null>;
		isDisplayed(): Promise<boolean>;
		findElement(locator: By): Promise<WebElement>;
		findElements(locator: By): Promise<WebElement[]>;
	}

	export interface Navigation {
		refresh(): Promise<void>;
		back(): Promise<void>;
		forward(): Promise<void>;
	}

	export interface Window {
		setRect(rect: { x?: number; y?: number; width?: number; height?: number }): Promise<unknown>;
	}

	export interface Options {
		window(): Window;
	}

	export class WebDriver {
		get(url: string): Promise<void>;
		getCurrentUrl(): Promise<string>;
		/** Runs `script` as a function body in the page; `arguments` holds `args` (elements stay elements). */
		executeScript<T>(script: string, ...args: unknown[]): Promise<T>;
		findElement(locator: By): Promise<WebElement>;
		findElements(locator: By): Promise<WebElement[]>;
		navigate(): Navigation;
		manage(): Options;
		/** Polls `condition` until it returns a truthy value, or rejects with `message` after `timeoutMs`. */
		wait<T>(condition: () => Promise<T>, timeoutMs?: number, message?: string): Promise<T>;
		quit(): Promise<void>;
	}

	/** The errors a command can end in (lib/error.js); the tests tell "not there yet" from real failures. */
	export namespace error {
		class WebDriverError extends Error {}
		/** The element was found on a page that has since been replaced or redrawn. */
		class StaleElementReferenceError extends WebDriverError {}
		/** Nothing on the page matches the locator. */
		class NoSuchElementError extends WebDriverError {}
	}

	export class Builder {
		usingServer(url: string): this;
		withCapabilities(capabilities: Record<string, unknown>): this;
		build(): WebDriver & PromiseLike<WebDriver>;
	}
}
