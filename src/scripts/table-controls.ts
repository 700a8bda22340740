/**
 * Each table row's controls, added at load rather than written into the HTML: "copy link",
 * "suggest a fix" (the row's own line in its YAML file, from the table's data-file-url and
 * the row's data-line) and a copy button after each code value. Copying needs JavaScript
 * anyway, and writing these into every row would double the weight of the tables.
 * Their space is reserved in CSS, so adding them moves nothing.
 */
export function addTableControls(): void {
	const strings = document.documentElement.dataset;
	const copyButton = (name: string, className: string) => {
		const b = document.createElement('button');
		b.type = 'button';
		b.className = className;
		b.setAttribute('aria-label', name);
		return b;
	};
	for (const table of document.querySelectorAll<HTMLElement>('.row-table[data-file-url]')) {
		const fileUrl = table.dataset.fileUrl!;
		for (const row of table.querySelectorAll<HTMLTableRowElement>('tr[id]')) {
			const label = row.dataset.pagefindTitle ?? row.id;
			const link = copyButton(`${strings.msgCopyLink}: ${label}`, 'copy-btn copy-btn--link');
			link.dataset.copyAnchor = row.id;
			const fix = document.createElement('a');
			fix.className = 'suggest-fix';
			fix.href = `${fileUrl}#L${row.dataset.line}`;
			fix.rel = 'noopener';
			fix.setAttribute('aria-label', `${strings.msgSuggestFix}: ${label}`);
			row.querySelector('.row-actions')?.append(link, fix);
			for (const code of row.querySelectorAll<HTMLElement>('code.value-code')) {
				const distro = code.closest('td')?.dataset.label ?? '';
				const copy = copyButton(`${strings.msgCopyValue}: ${label}, ${distro}`, 'copy-btn');
				copy.dataset.copy = code.textContent ?? '';
				code.after(copy);
			}
		}
	}
}
