/**
 * The claim-to-source rules (issue #11): a claim the guide reasons its way to is marked as the guide's
 * reasoning, naming the sources it reasons from, and never cited as if one source stated it; a
 * statement resting on a source read only in part says so beside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readReferenceIds, readYamlList } from '@/lib/content-files';
import { workflowIds } from '@/machines/registry';
import { pocketCardSchema } from '@/schemas/pocket-card';
import { reasoningClaimSchema } from '@/schemas/reasoning-claim';
import { partlyReadStatuses, referenceSchema } from '@/schemas/reference';
import {
	citableUnits,
	makesClaim,
	partlyReadQualifier,
	readGuidePages,
	unmarkedReasoning,
	unqualifiedPartlyReadCitations,
} from './guide-pages';
import { readScenarios, readWording } from './training-content';

const referenceIds = readReferenceIds();
const claims = readYamlList('reasoning-claims.yaml').map((entry) => reasoningClaimSchema(referenceIds).parse(entry));
const references = readYamlList('references.yaml').map((entry) => referenceSchema.parse(entry));
const partlyRead = new Set(references.filter((r) => partlyReadStatuses.includes(r.readStatus)).map((r) => r.id));
const pages = readGuidePages();
const cards = readdirSync('content/pocket-cards')
	.filter((name) => name.endsWith('.yaml'))
	.map((name) => ({
		file: `content/pocket-cards/${name}`,
		card: pocketCardSchema(referenceIds).parse(parse(readFileSync(`content/pocket-cards/${name}`, 'utf8'))),
	}));

describe('claims that are the guide’s own reasoning', () => {
	it('include the symptom patterns for raised pressure and for the spinal events', () => {
		expect(claims.map((claim) => claim.id)).toEqual(expect.arrayContaining(['raised-pressure-symptoms', 'spinal-pattern']));
	});

	it.each(claims.map((claim) => [claim.id, claim] as const))(
		'%s still appears on some page, so a reworded keyword cannot silence the rule',
		(_id, claim) => {
			expect(pages.some((page) => citableUnits(page.body).some((unit) => makesClaim(unit, claim)))).toBe(true);
		},
	);

	describe.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
		it('marks each of them as the guide’s reasoning from the sources it draws on', () => {
			expect(unmarkedReasoning(page.body, claims)).toEqual([]);
		});
	});

	describe.each(cards.map(({ file, card }) => [file, card] as const))('%s', (_file, card) => {
		it('marks each of them as reasoning and names the sources it draws on', () => {
			const lines = [...card.redFlags, ...card.keyNumbers];
			const unmarked = lines.flatMap((line) =>
				claims
					.filter((claim) => makesClaim(line.text, claim))
					.filter((claim) => !(line.reasoning && claim.mustCite.every((id) => line.refs.includes(id))))
					.map((claim) => `${claim.id}: ${line.text}`),
			);
			expect(unmarked).toEqual([]);
		});
	});
});

describe('sources read only in part', () => {
	it('are the abstract-only, partial, summary and via-another-source references', () => {
		expect([...partlyRead]).toEqual(expect.arrayContaining(['martin-1994', 'kreple-2023', 'reilich-2024']));
	});

	describe.each(pages.map((page) => [page.file, page] as const))('%s', (_file, page) => {
		it('says so beside every statement that cites one', () => {
			expect(unqualifiedPartlyReadCitations(page.body, partlyRead)).toEqual([]);
		});
	});

	describe.each(cards.map(({ file, card }) => [file, card] as const))('%s', (_file, card) => {
		it('says so on every line that cites one', () => {
			const lines = [...card.redFlags, ...card.keyNumbers];
			const unqualified = lines.filter(
				(line) => line.refs.some((id) => partlyRead.has(id)) && !partlyReadQualifier.test(line.text),
			);
			expect(unqualified.map((line) => line.text)).toEqual([]);
		});
	});
});

describe.each(workflowIds.map((id) => [`content/workflows/${id}.yaml`, readWording(id)] as const))('%s', (_file, wording) => {
	const unmarkedIn = (texts: readonly string[], reasoningFrom: readonly string[] | undefined, where: string) =>
		claims
			.filter((claim) => texts.some((text) => makesClaim(text, claim)))
			.filter((claim) => !claim.mustCite.every((id) => reasoningFrom?.includes(id)))
			.map((claim) => `${where}: ${claim.id}`);

	it('marks every step that makes a reasoning claim with reasoningFrom, naming the sources it draws on', () => {
		const unmarked = Object.entries(wording.steps).flatMap(([stateId, step]) =>
			unmarkedIn(
				[
					step.title,
					step.guidance,
					...Object.values(step.answers),
					...(step.select ? [step.select.legend, ...Object.values(step.select.options)] : []),
					...(step.items ?? []).map((item) => item.label),
					step.doNow ?? '',
					step.tell ?? '',
					step.record ?? '',
				],
				step.reasoningFrom,
				stateId,
			),
		);
		expect(unmarked).toEqual([]);
	});

	it('marks the "New or worse symptoms?" answers the same way when they make one', () => {
		const exit = wording.redFlagExit;
		expect(exit ? unmarkedIn(Object.values(exit.answers), exit.reasoningFrom, 'redFlagExit') : []).toEqual([]);
	});
});

describe.each(readScenarios().map(({ id, scenario }) => [`content/scenarios/${id}.yaml`, scenario] as const))(
	'%s',
	(_file, scenario) => {
		it('says in words that a reasoning claim in a teaching point is the guide’s reasoning, and cites its sources', () => {
			const unmarked = scenario.teachingPoints.flatMap((point) =>
				claims
					.filter((claim) => makesClaim(point.text, claim))
					.filter((claim) => !(/the guide's reasoning/.test(point.text) && claim.mustCite.every((id) => point.refs.includes(id))))
					.map((claim) => `${claim.id}: ${point.text.slice(0, 80)}`),
			);
			expect(unmarked).toEqual([]);
		});
	},
);
