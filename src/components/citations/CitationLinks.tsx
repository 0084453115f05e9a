/**
 * Reference links for React islands, the same numbers as `<Cite>` on the pages: a "Why / sources"
 * panel one tap away, and inline "[2, 14]" links for a sentence or a checklist item.
 */
import type { CitationLink } from '@/lib/walkthrough-content';

export interface SourcesPanelProps {
	citations: readonly CitationLink[];
	/** The panel's label, e.g. "Why / sources". */
	summary?: string;
	className?: string;
	/** A page with the background to these sources, linked first (the walkthrough's topic page). */
	background?: { href: string; title: string };
}

export function SourcesPanel({ citations, summary = 'Why / sources', className = 'wt-sources', background }: SourcesPanelProps) {
	if (citations.length === 0) return null;
	return (
		<details className={className}>
			<summary>{summary}</summary>
			{background && (
				<p className="wt-background">
					Background: <a href={background.href}>{background.title}</a>
				</p>
			)}
			<ol>
				{citations.map((citation) => (
					<li key={citation.number}>
						<a href={citation.href}>
							[{citation.number}] {citation.citation}
						</a>
						{citation.readAs && <span className="wt-read-as"> ({citation.readAs})</span>}
					</li>
				))}
			</ol>
		</details>
	);
}

export function InlineCitations({ citations, className = 'wt-item-cite' }: { citations: readonly CitationLink[]; className?: string }) {
	if (citations.length === 0) return null;
	return (
		<span className={className}>
			{' '}
			[
			{citations.map((citation, index) => (
				<span key={citation.number}>
					{index > 0 && ', '}
					<a href={citation.href} title={citation.readAs ? `${citation.citation} (${citation.readAs})` : citation.citation}>
						<span className="sr-only">Reference </span>
						{citation.number}
					</a>
				</span>
			))}
			]
		</span>
	);
}
