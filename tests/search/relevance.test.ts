// English search relevance against the built index.
// Generated: every path, command, CIDR, IP and port value finds its own row first.
// Hand-written: suffixes, misspellings, commands with and without the binary, flags, IP prefixes,
// component names and Chinese terms that occur in the English content.
import { relevanceSuite } from '../helpers/relevance';

relevanceSuite('en', [
	// Path suffixes and fragments
	['k3s.yaml', '/paths/#kubeconfig'],
	['admin.conf', '/paths/#kubeconfig'],
	['config.yaml', '/paths/#config-file'],
	['k0s.yaml', '/paths/#config-file'],
	['server/manifests', '/paths/#manifests-dir'],
	['rancher/k3s/server/manifests', '/paths/#manifests-dir'],
	['/var/lib/rancher/k3s/server/manifests', '/paths/#manifests-dir'],
	['/etc/rancher/k3s/k3s.yaml', '/paths/#kubeconfig'],
	['pki/admin.conf', '/paths/#kubeconfig'],
	['registries.yaml', '/paths/#registry-config'],
	['containerd.d', '/paths/#registry-config'],
	// Misspellings and the original note's wrong names
	['registry.yaml', '/paths/#registry-config'],
	['/etc/rancher/k3s/registry.yaml', '/paths/#registry-config'],
	['k0s systinfo', '/commands/#cmd-system-check'],
	// Commands with and without the binary
	['k0s kubeconfig create', '/commands/#cmd-kubeconfig-user'],
	['kubeconfig create', '/commands/#cmd-kubeconfig-user'],
	['k0s sysinfo', '/commands/#cmd-system-check'],
	['sysinfo', '/commands/#cmd-system-check'],
	['check-config', '/commands/#cmd-system-check'],
	['k3s etcd-snapshot save', '/commands/#cmd-backup'],
	['etcd-snapshot save', '/commands/#cmd-backup'],
	['k0s backup', '/commands/#cmd-backup'],
	['k0s restore', '/commands/#cmd-restore'],
	// Flags
	['--cluster-reset', '/commands/#cmd-etcd-reset-membership'],
	['--cluster-reset-restore-path', '/commands/#cmd-restore'],
	// Addresses and ports
	['10.43.0.10', '/paths/#cluster-dns-ip'],
	// Both k3s rows in 10.43.0.0/16 are right answers for a bare prefix.
	['10.43', ['/paths/#service-cidr', '/paths/#cluster-dns-ip']],
	['10.42.0.0/16', '/paths/#pod-cidr'],
	['10.96.0.10', '/paths/#cluster-dns-ip'],
	['8132', '/paths/#port-konnectivity'],
	['K3S_KUBECONFIG_MODE', '/paths/#kubeconfig'],
	// Component names land on their note
	['traefik', '/components/traefik/#traefik'],
	['kine', '/components/kine/#kine'],
	['flannel', '/components/flannel/#flannel'],
	['metallb', '/components/metallb/#metallb'],
	['spegel', '/components/spegel/#spegel'],
	['klipper-lb', '/components/servicelb/#servicelb'],
	['servicelb', '/components/servicelb/#servicelb'],
	// Requirements of the chooser land on their row of the matrix
	['windows workers', '/choose/#need-windows-workers'],
	['Windows worker nodes', '/choose/#need-windows-workers'],
	['air-gapped install', '/choose/#need-air-gapped'],
	['snapd', '/choose/#need-no-snap'],
	['Embedded HA datastore', '/choose/#need-embedded-ha'],
	// Chinese words used as aliases in the English tables
	['备份', '/commands/#cmd-backup'],
	['恢复', '/commands/#cmd-restore'],
]);
