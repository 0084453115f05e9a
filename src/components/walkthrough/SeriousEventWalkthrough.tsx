/**
 * The serious neurologic event walkthrough's island: the one generic island (WalkthroughIsland.tsx) with
 * this workflow's machine and no other, so its page builds only its own machine.
 */
import { seriousEventMachine, seriousEventMachineVersion } from '@/machines/serious-event';
import WalkthroughIsland, { type WalkthroughIslandProps } from './WalkthroughIsland';

export default function SeriousEventWalkthrough(props: WalkthroughIslandProps) {
	return <WalkthroughIsland {...props} machine={seriousEventMachine} machineVersion={seriousEventMachineVersion} />;
}
