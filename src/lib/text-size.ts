/**
 * The reader's text size: kept on this device, applied as a data attribute on <html> that scales the
 * root font size (see custom.css), so everything sized in rem grows with it.
 */
export const textSizes = [
	{ id: 'standard', label: 'Standard' },
	{ id: 'large', label: 'Large' },
	{ id: 'larger', label: 'Larger' },
] as const;

export type TextSize = (typeof textSizes)[number]['id'];

export const textSizeKey = 'tofersen-guide:text-size';

const isTextSize = (value: unknown): value is TextSize => textSizes.some((size) => size.id === value);

export function readTextSize(storage: Pick<Storage, 'getItem'>): TextSize {
	try {
		const stored = storage.getItem(textSizeKey);
		return isTextSize(stored) ? stored : 'standard';
	} catch {
		return 'standard';
	}
}

export function saveTextSize(storage: Pick<Storage, 'setItem'>, value: string): TextSize {
	const size = isTextSize(value) ? value : 'standard';
	try {
		storage.setItem(textSizeKey, size);
	} catch {
		// Private browsing may refuse storage; the size still applies to this page.
	}
	return size;
}

export function applyTextSize(root: HTMLElement, size: TextSize) {
	if (size === 'standard') delete root.dataset['textSize'];
	else root.dataset['textSize'] = size;
}
