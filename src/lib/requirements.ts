import { createRequirementSchema, RequirementsFileSchema, RequirementsTranslationSchema, type Requirement } from '../schemas/requirement';
import { DataError, DataErrors, issuesToErrors } from './data-error';
import { parseYaml, type SourceFile } from './tables';

/**
 * Reads `requirements.yaml` against the declared distributions and the existing row ids.
 * Every problem names the file, the requirement, and the field (`verdicts.<distro>.rows[i]`
 * names the distribution): a missing verdict, a with-effort verdict without a note, a cited
 * row that does not exist, a duplicate id. All are reported together.
 */
export function parseRequirements(file: SourceFile, distroIds: readonly string[], rowIds: ReadonlySet<string>): Requirement[] {
	const envelope = RequirementsFileSchema.safeParse(parseYaml(file));
	if (!envelope.success) throw new DataErrors(issuesToErrors(file.path, undefined, envelope.error, 'requirement'));
	const schema = createRequirementSchema(distroIds);
	const errors: DataError[] = [];
	const requirements: Requirement[] = [];
	for (const [order, raw] of envelope.data.requirements.entries()) {
		const rawId = (raw as { id?: unknown } | null)?.id;
		const id = typeof rawId === 'string' ? rawId : `#${order + 1}`;
		const parsed = schema.safeParse(raw);
		if (!parsed.success) {
			errors.push(...issuesToErrors(file.path, id, parsed.error, 'requirement'));
			continue;
		}
		if (requirements.some((r) => r.id === id)) {
			errors.push(new DataError(file.path, id, 'id', `duplicate requirement id "${id}"`, 'requirement'));
			continue;
		}
		for (const [distro, verdict] of Object.entries(parsed.data.verdicts)) {
			for (const [i, row] of verdict.rows.entries()) {
				if (!rowIds.has(row)) errors.push(new DataError(file.path, id, `verdicts.${distro}.rows[${i}]`, `cites row "${row}", which does not exist in content/data/tables/`, 'requirement'));
			}
		}
		requirements.push({ ...parsed.data, lang: 'en', order });
	}
	if (errors.length) throw new DataErrors(errors);
	return requirements;
}

/**
 * Applies one language's requirement texts. Every label and explanation and every verdict note
 * needs a translation; a note for a verdict that has none, or a requirement that no longer
 * exists, is stale and an error too (as for the tables: no silent fallback to English).
 */
export function localizeRequirements(english: readonly Requirement[], file: SourceFile | undefined, lang: string, path: string): Requirement[] {
	if (!file) throw new DataErrors([new DataError(path, undefined, '(file)', `missing ${lang} translation of content/data/requirements.yaml`, 'requirement')]);
	const parsed = RequirementsTranslationSchema.safeParse(parseYaml(file));
	if (!parsed.success) throw new DataErrors(issuesToErrors(file.path, undefined, parsed.error, 'requirement'));
	const texts = parsed.data.requirements;
	const errors: DataError[] = [];
	const localized = english.flatMap((req): Requirement[] => {
		const tr = texts[req.id];
		if (!tr) {
			errors.push(new DataError(file.path, req.id, 'label', `missing ${lang} translation of requirement "${req.id}"`, 'requirement'));
			return [];
		}
		const verdicts = Object.fromEntries(
			Object.entries(req.verdicts).map(([distro, v]) => {
				const note = tr.notes[distro];
				if (v.note !== undefined && note === undefined) errors.push(new DataError(file.path, req.id, `notes.${distro}`, `missing ${lang} translation`, 'requirement'));
				if (v.note === undefined && note !== undefined) errors.push(new DataError(file.path, req.id, `notes.${distro}`, 'translation of a note that the English verdict does not have', 'requirement'));
				return [distro, { ...v, note: v.note === undefined ? undefined : note }];
			}),
		);
		for (const distro of Object.keys(tr.notes)) {
			if (!(distro in req.verdicts)) errors.push(new DataError(file.path, req.id, `notes.${distro}`, `no verdict for distro "${distro}"`, 'requirement'));
		}
		return [{ ...req, lang, label: tr.label, explanation: tr.explanation, aliases: [...req.aliases, ...tr.aliases], verdicts }];
	});
	const known = new Set(english.map((r) => r.id));
	for (const id of Object.keys(texts)) {
		if (!known.has(id)) errors.push(new DataError(file.path, id, 'requirements', 'translation of a requirement that does not exist in content/data/requirements.yaml', 'requirement'));
	}
	if (errors.length) throw new DataErrors(errors);
	return localized;
}
