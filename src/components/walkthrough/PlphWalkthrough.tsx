/**
 * The post-lumbar-puncture headache walkthrough's island: the one generic island (WalkthroughIsland.tsx) with
 * this workflow's machine and no other, so its page builds only its own machine.
 */
import { plphMachine, plphMachineVersion } from '@/machines/plph';
import WalkthroughIsland, { type WalkthroughIslandProps } from './WalkthroughIsland';

export default function PlphWalkthrough(props: WalkthroughIslandProps) {
	return <WalkthroughIsland {...props} machine={plphMachine} machineVersion={plphMachineVersion} />;
}
