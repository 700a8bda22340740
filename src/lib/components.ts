import type { COMPONENT_CATEGORIES } from '../schemas/component';

/** Section titles of the components index, by category. */
export const CATEGORY_TITLES: Record<(typeof COMPONENT_CATEGORIES)[number], string> = {
	datastore: 'Datastores',
	runtime: 'Container runtime',
	cni: 'Networking (CNI)',
	tunnel: 'Controller–worker tunnels',
	lb: 'Load balancers',
	ingress: 'Ingress',
	csi: 'Storage',
	'addon-manager': 'Add-on and Helm controllers',
	dns: 'DNS',
	metrics: 'Metrics',
	registry: 'Registries and mirrors',
};
