/**
 * Lays out a flow graph with ELK (layered, top to bottom) at build time. Text is wrapped and measured
 * with fixed character widths so the layout is the same on every machine; no layout code ships to
 * the browser.
 */
import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { FlowEdge, FlowGraph, FlowNode } from './machine-graph';

export interface Point {
	x: number;
	y: number;
}

export interface PlacedNode extends FlowNode {
	x: number;
	y: number;
	width: number;
	height: number;
	lines: string[];
}

export interface PlacedEdge extends FlowEdge {
	points: Point[];
	labelBox?: { x: number; y: number; width: number; height: number; lines: string[] };
}

export interface FlowLayout {
	width: number;
	height: number;
	nodes: PlacedNode[];
	edges: PlacedEdge[];
}

/** Font metrics the SVG uses (see Flowchart.astro); widths are generous averages for sans-serif text. */
export const nodeText = { size: 13, lineHeight: 16, charWidth: 7, maxChars: 26, padding: 10 };
export const edgeText = { size: 11, lineHeight: 13, charWidth: 6, maxChars: 24 };

/** Greedy word wrap; a word longer than the line gets its own line. */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && `${line} ${word}`.length > maxChars) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

const longest = (lines: string[]) => Math.max(1, ...lines.map((line) => line.length));

export async function layoutFlowGraph(graph: FlowGraph): Promise<FlowLayout> {
	const elk = new ELK();
	const nodeLines = new Map(graph.nodes.map((node) => [node.id, wrapText(node.label, nodeText.maxChars)]));
	const edgeLines = new Map(graph.edges.map((edge) => [edge.id, wrapText(edge.label, edgeText.maxChars)]));
	const input: ElkNode = {
		id: 'root',
		layoutOptions: {
			'elk.algorithm': 'layered',
			'elk.direction': 'DOWN',
			'elk.edgeRouting': 'ORTHOGONAL',
			'elk.spacing.nodeNode': '28',
			'elk.layered.spacing.nodeNodeBetweenLayers': '36',
			'elk.spacing.edgeLabel': '4',
			'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
			// Steps are declared in the order they are asked: keep that order, so the first question is on
			// top and loops back (reassess → care again) are drawn as edges going up.
			'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
			'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
		},
		children: graph.nodes.map((node) => {
			const lines = nodeLines.get(node.id) ?? [];
			return {
				id: node.id,
				width: longest(lines) * nodeText.charWidth + 2 * nodeText.padding,
				height: lines.length * nodeText.lineHeight + 2 * nodeText.padding,
			};
		}),
		edges: graph.edges.map((edge) => {
			const lines = edgeLines.get(edge.id) ?? [];
			return {
				id: edge.id,
				sources: [edge.from],
				targets: [edge.to],
				labels: [
					{ id: `${edge.id}--label`, text: edge.label, width: longest(lines) * edgeText.charWidth, height: lines.length * edgeText.lineHeight },
				],
			};
		}),
	};
	const result = await elk.layout(input);

	const nodes: PlacedNode[] = graph.nodes.map((node) => {
		const placed = result.children?.find((child) => child.id === node.id);
		return {
			...node,
			x: placed?.x ?? 0,
			y: placed?.y ?? 0,
			width: placed?.width ?? 0,
			height: placed?.height ?? 0,
			lines: nodeLines.get(node.id) ?? [],
		};
	});
	const edges: PlacedEdge[] = graph.edges.map((edge) => {
		const placed = result.edges?.find((candidate) => candidate.id === edge.id);
		const section = placed?.sections?.[0];
		const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : [];
		const label = placed?.labels?.[0];
		return {
			...edge,
			points,
			...(label && label.x !== undefined && label.y !== undefined
				? {
						labelBox: {
							x: label.x,
							y: label.y,
							width: label.width ?? 0,
							height: label.height ?? 0,
							lines: edgeLines.get(edge.id) ?? [],
						},
					}
				: {}),
		};
	});
	return { width: result.width ?? 0, height: result.height ?? 0, nodes, edges };
}
