/** "Why / sources": the references a step rests on, one tap away. */
import type { CitationLink } from '@/lib/walkthrough-content';

export function SourcesPanel({ citations }: { citations: CitationLink[] }) {
	return (
		<details className="wt-sources">
			<summary>Why / sources</summary>
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
