/** Where a path ends: what to do now, who to tell, what to record (shared by the walkthrough and training). */
import type { PreparedStep } from '@/lib/walkthrough-content';

export function OutcomeDetails({ step, className }: { step: PreparedStep; className?: string }) {
	return (
		<dl className={className}>
			{step.doNow && (
				<>
					<dt>What to do now</dt>
					<dd>{step.doNow}</dd>
				</>
			)}
			{step.tell && (
				<>
					<dt>Who to tell</dt>
					<dd>{step.tell}</dd>
				</>
			)}
			{step.record && (
				<>
					<dt>What to record</dt>
					<dd>{step.record}</dd>
				</>
			)}
		</dl>
	);
}
