/** "Sources": the numbered references behind an explanation or a step, one tap away. */
import type { CitationLink } from '@/lib/walkthrough-content';

export function ToolSources({ citations, summary = 'Sources' }: { citations: readonly CitationLink[]; summary?: string }) {
	if (citations.length === 0) return null;
	return (
		<details className="tool-sources">
			<summary>{summary}</summary>
			<ol>
				{citations.map((citation) => (
					<li key={citation.number}>
						<a href={citation.href}>
							[{citation.number}] {citation.citation}
						</a>
					</li>
				))}
			</ol>
		</details>
	);
}

/** Inline numbered links, e.g. "[2, 14]", for a sentence that rests on them. */
export function InlineCitations({ citations }: { citations: readonly CitationLink[] }) {
	if (citations.length === 0) return null;
	return (
		<span className="tool-cite">
			{' '}
			[
			{citations.map((citation, index) => (
				<span key={citation.number}>
					{index > 0 && ', '}
					<a href={citation.href} title={citation.citation}>
						<span className="sr-only">Reference </span>
						{citation.number}
					</a>
				</span>
			))}
			]
		</span>
	);
}
