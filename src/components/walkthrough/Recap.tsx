/** The handover at an ending: what was chosen and each checklist on the way, ticked or not, with times. */
import type { RecapSection } from '@/lib/walkthrough-recap';
import { formatTime } from './format-time';

export function Recap({ sections }: { sections: RecapSection[] }) {
	if (sections.length === 0) return null;
	return (
		<section className="wt-recap" aria-label="Handover">
			<h3>Handover</h3>
			{sections.map((section) => (
				<div key={section.stepIndex} className="wt-recap-step">
					<h4>{section.title}</h4>
					<ol className={section.kind === 'chosen' ? 'wt-recap-chosen' : 'wt-recap-items'}>
						{section.entries.map((entry) => (
							<li key={entry.label} data-ticked={entry.ticked}>
								{section.kind === 'checklist' && <span aria-hidden="true">{entry.ticked ? '✓ ' : '○ '}</span>}
								{entry.label}
								{section.kind === 'checklist' && (
									<span className="wt-ticked-at">{entry.tickedAt ? ` · ticked ${formatTime(entry.tickedAt)}` : ' · not ticked'}</span>
								)}
							</li>
						))}
					</ol>
				</div>
			))}
		</section>
	);
}
