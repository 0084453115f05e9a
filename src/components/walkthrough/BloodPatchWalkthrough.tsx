/**
 * The epidural blood patch walkthrough's island: the one generic island (WalkthroughIsland.tsx) with
 * this workflow's machine and no other, so its page builds only its own machine.
 */
import { bloodPatchMachine, bloodPatchMachineVersion } from '@/machines/blood-patch';
import WalkthroughIsland, { type WalkthroughIslandProps } from './WalkthroughIsland';

export default function BloodPatchWalkthrough(props: WalkthroughIslandProps) {
	return <WalkthroughIsland {...props} machine={bloodPatchMachine} machineVersion={bloodPatchMachineVersion} />;
}
