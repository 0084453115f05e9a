/**
 * Small checks for records this guide reads back from localStorage in the browser. The zod schema of
 * each record stays its declared shape (and the type), but zod, even zod/mini, is several kB of gzip
 * JavaScript on pages that otherwise ship almost none; these hand checks accept exactly what the schema
 * accepts (tests compare the two on the same inputs) and return a copy holding only the known fields,
 * as zod's parse does.
 */

export type Check<T> = (value: unknown) => T | undefined;

const dateSource =
	'(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
/** zod's `z.iso.datetime({ offset: true })`: a real calendar date, seconds required, `Z` or a ±hh:mm offset. */
const isoDateTimePattern = new RegExp(
	`^${dateSource}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

export const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

export const string: Check<string> = (value) => (typeof value === 'string' ? value : undefined);

export const boolean: Check<boolean> = (value) => (typeof value === 'boolean' ? value : undefined);

export const integer: Check<number> = (value) => (Number.isSafeInteger(value) ? (value as number) : undefined);

export const isoDateTime: Check<string> = (value) => (typeof value === 'string' && isoDateTimePattern.test(value) ? value : undefined);

export const literal =
	<T extends string | number>(expected: T): Check<T> =>
	(value) =>
		value === expected ? expected : undefined;

export const matching =
	(pattern: RegExp): Check<string> =>
	(value) =>
		typeof value === 'string' && pattern.test(value) ? value : undefined;

export const oneOf =
	<T extends string>(choices: readonly T[]): Check<T> =>
	(value) =>
		(choices as readonly unknown[]).includes(value) ? (value as T) : undefined;

export function arrayOf<T>(item: Check<T>): Check<T[]> {
	return (value) => {
		if (!Array.isArray(value)) return undefined;
		const items: T[] = [];
		for (const entry of value) {
			const checked = item(entry);
			if (checked === undefined) return undefined;
			items.push(checked);
		}
		return items;
	};
}

/** A record with string keys, every value passing `item` (zod's `z.record(z.string(), item)`). */
export function recordOf<T>(item: Check<T>): Check<Record<string, T>> {
	return (value) => {
		if (!isObject(value)) return undefined;
		const result: Record<string, T> = {};
		for (const [key, entry] of Object.entries(value)) {
			const checked = item(entry);
			if (checked === undefined) return undefined;
			result[key] = checked;
		}
		return result;
	};
}

/** Marks a field that may be missing (zod's `z.optional`): absent or `undefined` passes, and stays absent. */
export interface Optional<T> {
	optional: Check<T>;
}
export const optional = <T>(check: Check<T>): Optional<T> => ({ optional: check });

type FieldChecks = Record<string, Check<unknown> | Optional<unknown>>;
type Checked<F extends FieldChecks> = { [K in keyof F as F[K] extends Optional<unknown> ? never : K]: F[K] extends Check<infer T> ? T : never } & {
	[K in keyof F as F[K] extends Optional<unknown> ? K : never]?: F[K] extends Optional<infer T> ? T : never;
};

/** An object with these fields (zod's `z.object`): unknown fields are dropped from the copy returned. */
export function objectOf<F extends FieldChecks>(fields: F): Check<Checked<F>> {
	return (value) => {
		if (!isObject(value)) return undefined;
		const result: Record<string, unknown> = {};
		for (const [name, field] of Object.entries(fields)) {
			const entry = value[name];
			if (typeof field === 'object') {
				if (entry === undefined) continue;
				const checked = field.optional(entry);
				if (checked === undefined) return undefined;
				result[name] = checked;
			} else {
				const checked = field(entry);
				if (checked === undefined) return undefined;
				result[name] = checked;
			}
		}
		return result as Checked<F>;
	};
}
