/** A comma-separated list parameter (`data, attachment`) as its trimmed, non-empty parts. */
export function listOf(value: unknown): string[] {
	return String(value ?? '')
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}
