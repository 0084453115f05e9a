/** What a training island says when this device's saved progress is unreadable, or cannot be saved. */
export function ProgressNotices({ unreadable, storageWorks }: { unreadable: boolean; storageWorks: boolean }) {
	return (
		<>
			{unreadable && (
				<p className="tool-notice" role="status">
					The training progress saved on this device could not be read, so it starts again from here. The unreadable copy
					has been kept aside on this device, not deleted.
				</p>
			)}
			{!storageWorks && (
				<p className="tool-notice" role="status">
					This browser is not letting the guide save progress on this device. Your answers count on this page, but a reload
					will lose them.
				</p>
			)}
		</>
	);
}
