// Search relevance cases for RKE2 (checked against RKE2 v1.36.3+rke2r1).
// Each entry is [query, expected URL or list of equally right URLs], for relevanceSuite('en' | 'zh', …)
// in tests/search/relevance.test.ts and tests/search/relevance-zh.test.ts (spread into their exact terms).
export const en: [string, string | string[]][] = [
	// Paths
	['rke2.yaml', '/paths/#kubeconfig'],
	['/etc/rancher/rke2/rke2.yaml', '/paths/#kubeconfig'],
	['/etc/rancher/rke2/config.yaml', '/paths/#config-file'],
	['rancher/rke2/registries.yaml', '/paths/#registry-config'],
	['rke2/server/manifests', '/paths/#manifests-dir'],
	['/var/lib/rancher/rke2/server/token', '/paths/#join-token-file'],
	['rke2-killall.sh', '/paths/#killall-script'],
	['rke2-server.service', '/paths/#service-units'],
	// The static Pods note (added with kubeadm) is the other right answer.
	['pod-manifests', ['/compare/#control-plane-static-pods', '/components/static-pods/#static-pods']],
	['encryption-config.json', '/compare/#secrets-encryption-default'],
	// Commands
	['rke2 etcd-snapshot save', '/commands/#cmd-backup'],
	['rke2 certificate rotate-ca', '/commands/#cmd-cert-rotate-ca'],
	['rke2 token create', '/commands/#cmd-token-create-worker'],
	['rke2 secrets-encrypt rotate-keys', '/commands/#cmd-secrets-rotate-keys'],
	['rke2.exe agent service --add', '/commands/#cmd-install-windows-worker'],
	['rke2-cis-sysctl.conf', '/commands/#cmd-cis-host-prep'],
	['INSTALL_RKE2_CHANNEL', ['/compare/#release-channel', '/compare/#minor-version-track']],
	['profile: cis', '/compare/#cis-profile'],
	// Ports: the supervisor port also carries the agent tunnel.
	['9345', ['/paths/#port-controller-join', '/paths/#port-konnectivity']],
	['9099', '/paths/#port-cni-default'],
	['6444', '/paths/#port-local-only'],
	// Components
	['canal', '/components/canal/#canal'],
	['cilium', '/components/cilium/#cilium'],
	['multus', '/components/multus/#multus'],
	['ingress-nginx', '/components/ingress-nginx/#ingress-nginx'],
	['rke2-charts', '/components/rke2-charts/#rke2-charts'],
];

export const zh: [string, string | string[]][] = [
	['rke2.yaml', '/zh/paths/#kubeconfig'],
	['/etc/rancher/rke2/config.yaml', '/zh/paths/#config-file'],
	['rke2 etcd-snapshot save', '/zh/commands/#cmd-backup'],
	['rke2.exe agent service --add', '/zh/commands/#cmd-install-windows-worker'],
	['9345', ['/zh/paths/#port-controller-join', '/zh/paths/#port-konnectivity']],
	['静态 Pod', ['/zh/compare/#control-plane-static-pods', '/zh/components/static-pods/#static-pods']],
	['发布通道', '/zh/compare/#release-channel'],
	['CIS 配置档', '/zh/compare/#cis-profile'],
	// The comparison row and the command row both answer it.
	['Secret 加密', ['/zh/compare/#secrets-encryption-default', '/zh/commands/#cmd-secrets-encrypt-enable']],
	['默认网络插件', '/zh/compare/#default-cni'],
	['canal', '/zh/components/canal/#canal'],
	['多网卡', ['/zh/components/multus/', '/zh/components/multus/#multus']],
];
