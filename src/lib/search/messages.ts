import type { SearchOutcome } from './engine';

/** The interface strings the status line needs (from `src/i18n`). */
export interface SearchStrings {
	searchNoResults: string;
	searchTryHint: string;
	searchResults: string;
	searchShowingFor: string;
}

/** What the status line says after a search, and whether to offer running it in the other edition. */
export interface StatusMessage {
	text: string;
	/** Offer a one-click link to the same query in the other edition. */
	otherEdition: boolean;
}

/** Never a bare "No results": say what was searched, suggest what works, and offer the other edition. */
export function statusMessage(outcome: SearchOutcome, strings: SearchStrings): StatusMessage {
	const shown = [...outcome.typed].slice(0, 80).join('');
	const count = outcome.hits.length;
	const correction = outcome.corrected ? `${strings.searchShowingFor} “${outcome.corrected}”. ` : '';
	if (!count) return { text: `${strings.searchNoResults} “${shown}”. ${strings.searchTryHint}`, otherEdition: true };
	return { text: `${correction}${count} ${strings.searchResults}`, otherEdition: outcome.otherEditionSearched };
}
