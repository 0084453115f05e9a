// @vitest-environment jsdom
/** A secondary panel's code loads when first wanted, renders at once once loaded, and can be tried again after a failed load. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { onDemand, useOnDemand, type OnDemand } from '@/components/walkthrough/on-demand';

interface PanelModule {
	Panel: () => React.JSX.Element;
}
const panelModule: PanelModule = { Panel: () => <p>The panel</p> };

function Host({ source }: { source: OnDemand<PanelModule> }) {
	const [open, setOpen] = useState(false);
	const panel = useOnDemand(source, open);
	return (
		<div>
			<button type="button" onClick={() => setOpen(true)}>
				Open
			</button>
			{open && panel.module && <panel.module.Panel />}
			{open && panel.failed && (
				<button type="button" onClick={panel.retry}>
					Try again
				</button>
			)}
		</div>
	);
}

afterEach(cleanup);

describe('a panel loaded on demand', () => {
	it('loads nothing until it is wanted, then shows it', async () => {
		const load = vi.fn(async () => panelModule);
		render(<Host source={onDemand(load)} />);
		expect(load).not.toHaveBeenCalled();
		await userEvent.click(screen.getByRole('button', { name: 'Open' }));
		expect(await screen.findByText('The panel')).toBeTruthy();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('renders at once, with no second load, when it was loaded before', async () => {
		const load = vi.fn(async () => panelModule);
		const source = onDemand(load);
		await source.get();
		render(<Host source={source} />);
		await userEvent.click(screen.getByRole('button', { name: 'Open' }));
		expect(screen.getByText('The panel')).toBeTruthy();
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('offers to try again when the load failed, and then shows it', async () => {
		const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue(panelModule);
		render(<Host source={onDemand(load)} />);
		await userEvent.click(screen.getByRole('button', { name: 'Open' }));
		await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
		expect(await screen.findByText('The panel')).toBeTruthy();
		expect(load).toHaveBeenCalledTimes(2);
	});

	it('prefetches in an idle moment', async () => {
		const load = vi.fn(async () => panelModule);
		const source = onDemand(load);
		vi.useFakeTimers();
		try {
			source.prefetchWhenIdle();
			await act(async () => {
				await vi.runAllTimersAsync();
			});
		} finally {
			vi.useRealTimers();
		}
		expect(load).toHaveBeenCalledTimes(1);
		expect(source.current()).toBe(panelModule);
	});
});
