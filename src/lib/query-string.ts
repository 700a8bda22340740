/**
 * A query string with one parameter set to a list, written with readable commas
 * (`?d=k0s,k3s,rke2`, not `%2C`) so a shared link reads as it works; the parameter is
 * dropped when the list is empty, and the other parameters are kept. Imports nothing,
 * so the browser scripts that keep their state in the URL can share it.
 */
export function withListParam(search: string, name: string, values: readonly string[]): string {
	const params = new URLSearchParams(search);
	params.delete(name);
	const rest = params.toString();
	const parts = [rest, values.length ? `${name}=${values.map(encodeURIComponent).join(',')}` : ''].filter(Boolean);
	return parts.length ? `?${parts.join('&')}` : '';
}
