/** Time of an answer or tick as the reader's clock shows it; the date too when it was not today. */
export function formatTime(iso: string, now: Date = new Date()): string {
	const at = new Date(iso);
	const time = at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
	return at.toDateString() === now.toDateString()
		? time
		: `${at.toLocaleDateString([], { day: 'numeric', month: 'short' })} ${time}`;
}
