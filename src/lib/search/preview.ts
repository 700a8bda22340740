import type { SearchEntry } from './entries';
import { tokenize } from './tokenize';

/** One distribution's cell in a row result. */
export interface ValuePreview {
	distro: string;
	/** The step that best matches the query (the first when none does); null when the row has no value for it. */
	value: string | null;
	/** 1-based position of that step and the number of steps, for multi-step values. */
	step: number;
	steps: number;
	/** Whether the query named this distribution (`k3s kubeconfig`). */
	asked: boolean;
}

/** The words of `value` the query's words start: how well a step matches. */
function matchCount(queryTerms: readonly string[], value: string): number {
	const words = tokenize(value);
	return queryTerms.filter((q) => words.some((w) => w.startsWith(q))).length;
}

/**
 * The value of every distribution of a row, side by side, each showing the step that matched:
 * for `etcd-snapshot save` the k3s cell shows `k3s etcd-snapshot save`, not the command before it.
 */
export function previewValues(entry: SearchEntry, query: string, askedDistros: readonly string[] = []): ValuePreview[] {
	const terms = tokenize(query);
	return Object.entries(entry.values).map(([distro, values]) => {
		let best = 0;
		values.forEach((v, i) => {
			if (matchCount(terms, v) > matchCount(terms, values[best]!)) best = i;
		});
		return { distro, value: values[best] ?? null, step: values.length ? best + 1 : 0, steps: values.length, asked: askedDistros.includes(distro) };
	});
}
