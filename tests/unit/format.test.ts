// Lists and the site name follow the number of distributions and the edition's language.
import { describe, expect, it } from 'vitest';
import { joinList, listSeparators, siteName } from '../../src/lib/format';

describe('joinList', () => {
	it('joins two, three and four names in English', () => {
		expect(joinList(['k0s', 'k3s'], 'en')).toBe('k0s and k3s');
		expect(joinList(['k0s', 'k3s', 'RKE2'], 'en')).toBe('k0s, k3s, and RKE2');
		expect(joinList(['k0s', 'k3s', 'RKE2', 'kubeadm'], 'en')).toBe('k0s, k3s, RKE2, and kubeadm');
	});

	it('joins names the Chinese way, with a space between Han and Latin text', () => {
		expect(joinList(['k0s', 'k3s'], 'zh')).toBe('k0s 和 k3s');
		expect(joinList(['k0s', 'k3s', 'RKE2'], 'zh')).toBe('k0s、k3s 和 RKE2');
	});

	it('keeps a single name as it is', () => {
		expect(joinList(['k0s'], 'en')).toBe('k0s');
	});
});

describe('listSeparators', () => {
	it('gives the separators between items, for lists of links', () => {
		expect(listSeparators(3, 'en')).toEqual([', ', ', and ']);
		expect(listSeparators(3, 'zh')).toEqual(['、', ' 和 ']);
		expect(listSeparators(1, 'en')).toEqual([]);
	});
});

describe('siteName', () => {
	const many = 'Lightweight Kubernetes, compared';
	it('names the pair while there are two distributions', () => {
		expect(siteName([{ name: 'k0s' }, { name: 'k3s' }], many)).toBe('k0s vs k3s');
	});

	it('says what the site is once there are more', () => {
		expect(siteName([{ name: 'k0s' }, { name: 'k3s' }, { name: 'RKE2' }], many)).toBe(many);
	});
});
