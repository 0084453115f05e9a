/**
 * The browser's hand checks of stored records accept exactly what their zod schemas accept: every field
 * of a valid record is replaced, in turn, by values of every other kind, and removed, and both must agree
 * (and return the same copy when they accept).
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isoDateTime } from '@/lib/stored-record';
import { readProgressRecord } from '@/lib/training-progress';
import { readEarlierSessionRecord, readSessionRecord } from '@/lib/walkthrough-session';
import { progressSchema } from '@/schemas/training-progress';
import { earlierSessionSchema, sessionSchema } from '@/schemas/walkthrough-session';

const replacements: unknown[] = [undefined, null, 0, 1.5, -1, '', 'x', '2026-11-26T10:00:00.000Z', true, [], ['x'], {}, { x: 1 }];

/** Every path to a value in a JSON-like tree, the root included. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	const children =
		typeof value === 'object' && value !== null
			? Object.entries(value).flatMap(([key, child]) => paths(child, [...prefix, Array.isArray(value) ? Number(key) : key]))
			: [];
	return [prefix, ...children];
}

function replaced(value: unknown, path: (string | number)[], replacement: unknown): unknown {
	if (path.length === 0) return replacement;
	const [head, ...rest] = path as [string | number, ...(string | number)[]];
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
	if (rest.length === 0 && replacement === undefined && !Array.isArray(value)) delete copy[head];
	else copy[head] = replaced(copy[head], rest, replacement);
	return copy;
}

/** Runs the schema and the hand check on every variant of `valid`; returns how many variants each accepted. */
function expectAgreement<T>(schema: z.ZodMiniType<T>, check: (value: unknown) => T | undefined, valid: unknown) {
	const variants = [valid, ...paths(valid).flatMap((path) => replacements.map((replacement) => replaced(valid, path, replacement)))];
	let accepted = 0;
	for (const variant of variants) {
		const parsed = schema.safeParse(variant);
		const checked = check(variant);
		expect(checked, JSON.stringify(variant)).toEqual(parsed.success ? parsed.data : undefined);
		if (checked !== undefined) accepted += 1;
	}
	return { variants: variants.length, accepted };
}

describe('the hand check of an ISO time', () => {
	const zodIso = z.iso.datetime({ offset: true });
	it.each([
		'2026-11-26T10:00:00.000Z',
		'2026-11-26T10:00:00Z',
		'2026-11-26T10:00:00+01:00',
		'2026-11-26T23:59:59.123456-05:30',
		'2024-02-29T00:00:00Z',
		'2100-02-29T00:00:00Z',
		'2026-02-30T00:00:00Z',
		'2026-11-26T10:00Z',
		'2026-11-26T24:00:00Z',
		'2026-11-26T10:00:00+24:00',
		'2026-11-26T10:00:00',
		'2026-11-26 10:00:00Z',
		'2026-11-26T10:00:00z',
		'2026-11-26',
		'yesterday',
	])('agrees with zod on %s', (text) => {
		expect(isoDateTime(text) !== undefined).toBe(zodIso.safeParse(text).success);
	});
});

describe('the training-progress record', () => {
	it('is read by the hand check exactly as progressSchema reads it', () => {
		const valid = {
			format: 1,
			checks: { plph: { q1: { chosen: 'a', at: '2026-11-26T10:00:00.000Z' } } },
			scenarios: {
				'plph-typical': { finishedAt: '2026-11-26T10:00:00.000Z', path: ['flag.meningitis.no'], outcome: 'resolving', matchedExpected: true },
			},
			marked: { 'page:plph': '2026-11-26T10:00:00.000Z' },
			unknownField: 'dropped',
		};
		const { variants, accepted } = expectAgreement(progressSchema, readProgressRecord, valid);
		// Both accept some variants (extra fields, other ids) and reject most: the comparison is not vacuous.
		expect(accepted).toBeGreaterThan(5);
		expect(variants - accepted).toBeGreaterThan(100);
	});
});

/** Every top-level field a schema declares, so a fixture can be checked to cover them all. */
const fieldsOf = (schema: { def: { shape: Record<string, unknown> } }) => Object.keys(schema.def.shape).sort();

describe('the walkthrough session record', () => {
	const valid = {
		format: 2,
		workflowId: 'plph',
		machineVersion: 3,
		startedAt: '2026-11-26T09:00:00.000Z',
		input: { suspectedPatterns: ['spinal', 'pressure'] },
		trialCode: 'TOF-0042',
		reportedAt: '2026-11-26T08:30:00+01:00',
		handedOverFrom: 'serious-event',
		answers: [
			{ event: 'redFlags.ticked', data: { choices: ['fever'] }, at: '2026-11-26T09:01:00.000Z' },
			{ event: 'timing.withinFiveDays', at: '2026-11-26T09:02:00+01:00', fromLink: true },
		],
		ticks: { '1': { hydrate: '2026-11-26T09:03:00.000Z' } },
		unknownField: 'dropped',
	};

	it('is read by the hand check exactly as sessionSchema reads it', () => {
		// A field added to the schema must be added to this record, and so to the comparison.
		expect(Object.keys(valid).filter((key) => key !== 'unknownField').sort()).toEqual(fieldsOf(sessionSchema));
		const { variants, accepted } = expectAgreement(sessionSchema, readSessionRecord, valid);
		expect(accepted).toBeGreaterThan(5);
		expect(variants - accepted).toBeGreaterThan(100);
	});

	it('saved under an earlier format, is read by the hand check exactly as earlierSessionSchema reads it', () => {
		const earlier = { format: 1, workflowId: 'plph', answers: [{ event: 'flag.meningitis.no', at: '2026-11-26T09:01:00.000Z' }], ticks: {} };
		expect(fieldsOf(earlierSessionSchema)).toEqual(['answers', 'format', 'workflowId']);
		const { accepted } = expectAgreement(earlierSessionSchema, readEarlierSessionRecord, earlier);
		expect(accepted).toBeGreaterThan(3);
	});
});
