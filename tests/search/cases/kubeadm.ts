// Search relevance cases for kubeadm (checked against Kubernetes / kubeadm v1.37.0).
// Each entry is [query, expected URL or list of equally right URLs], for relevanceSuite('en' | 'zh', …)
// in tests/search/relevance.test.ts and tests/search/relevance-zh.test.ts (spread into their exact terms).
export const en: [string, string | string[]][] = [
	// Paths
	['/etc/kubernetes/controller-manager.conf', '/paths/#component-kubeconfigs'],
	['bootstrap-kubelet.conf', '/paths/#component-kubeconfigs'],
	['super-admin.conf', ['/compare/#break-glass-kubeconfig', '/paths/#kubeconfig', '/paths/#component-kubeconfigs']],
	['/var/lib/kubelet/config.yaml', '/paths/#kubelet-config'],
	['instance-config.yaml', '/paths/#kubelet-config'],
	['kubeadm-flags.env', ['/paths/#service-env-file', '/paths/#kubelet-config']],
	['/var/lib/etcd', '/paths/#data-dir'],
	['10-kubeadm.conf', '/paths/#service-units'],
	['/usr/bin/kubeadm', '/paths/#binary-path'],
	['kubeadm-config', ['/compare/#installer-cluster-state', '/commands/#cmd-config-edit']],
	// Commands
	['kubeadm init phase preflight', '/commands/#cmd-system-check'],
	// A subcommand alone lands on the row whose command it is, not on rows that mention it in a flag or a note.
	['kubeadm init', ['/commands/#cmd-install-controller', '/commands/#cmd-install-single']],
	['sudo kubeadm init', ['/commands/#cmd-install-controller', '/commands/#cmd-install-single']],
	['kubeadm join', ['/commands/#cmd-install-worker', '/commands/#cmd-install-ha-controller']],
	['kubeadm reset', '/commands/#cmd-reset-node'],
	['sudo kubeadm reset', '/commands/#cmd-reset-node'],
	['kubeadm upgrade apply', '/commands/#cmd-upgrade-node'],
	['kubeadm token create --print-join-command', ['/commands/#cmd-token-create-worker', '/commands/#cmd-token-create-controller']],
	['kubeadm token list', '/commands/#cmd-token-list'],
	['kubeadm token delete', '/commands/#cmd-token-invalidate'],
	['kubeadm token generate', '/commands/#cmd-token-generate'],
	['kubeadm certs check-expiration', '/commands/#cmd-cert-check'],
	['kubeadm certs renew all', '/commands/#cmd-cert-rotate'],
	['kubeadm upgrade diff', '/commands/#cmd-upgrade-diff'],
	['kubeadm upgrade plan', ['/commands/#cmd-upgrade-plan', '/commands/#cmd-upgrade-node']],
	// The comparison row on offline installs names the same commands.
	['kubeadm config images list', ['/commands/#cmd-airgap-list-images', '/compare/#airgap']],
	['kubeadm config images pull', ['/commands/#cmd-images-pull', '/commands/#cmd-airgap-install', '/compare/#airgap']],
	['kubeadm config migrate', '/commands/#cmd-config-migrate'],
	['kubeadm certs generate-csr', '/commands/#cmd-cert-csr'],
	['kubeadm config print init-defaults', '/commands/#cmd-config-create'],
	['kubeadm kubeconfig user', '/commands/#cmd-kubeconfig-user'],
	['upload-certs', ['/commands/#cmd-token-create-controller', '/compare/#control-plane-join-secret', '/commands/#cmd-install-controller']],
	['etcdutl snapshot restore', '/commands/#cmd-restore'],
	// Ports and addresses
	['10.96.0.10', '/paths/#cluster-dns-ip'],
	['10.96.0.0/12', '/paths/#service-cidr'],
	['2379-2380/tcp', '/paths/#port-etcd'],
	['2381', '/paths/#port-local-only'],
	// Components
	['kube-proxy', ['/components/kube-proxy/', '/components/kube-proxy/#kube-proxy']],
	['static pods', ['/components/static-pods/', '/components/static-pods/#static-pods', '/compare/#control-plane-static-pods']],
	['pod network add-on', ['/components/pod-network-add-on/', '/components/pod-network-add-on/#pod-network-add-on']],
];

export const zh: [string, string | string[]][] = [
	['/etc/kubernetes/controller-manager.conf', '/zh/paths/#component-kubeconfigs'],
	['/var/lib/kubelet/config.yaml', '/zh/paths/#kubelet-config'],
	['10-kubeadm.conf', '/zh/paths/#service-units'],
	['kubeadm certs renew all', '/zh/commands/#cmd-cert-rotate'],
	['kubeadm upgrade diff', '/zh/commands/#cmd-upgrade-diff'],
	['kubeadm init', ['/zh/commands/#cmd-install-controller', '/zh/commands/#cmd-install-single']],
	['kubeadm reset', '/zh/commands/#cmd-reset-node'],
	['kubeadm config images list', ['/zh/commands/#cmd-airgap-list-images', '/zh/compare/#airgap']],
	['kubeadm token generate', '/zh/commands/#cmd-token-generate'],
	['10.96.0.10', '/zh/paths/#cluster-dns-ip'],
	['应急 kubeconfig', '/zh/compare/#break-glass-kubeconfig'],
	['证书密钥', ['/zh/compare/#control-plane-join-secret', '/zh/commands/#cmd-install-ha-controller']],
	['kube-proxy 模式', '/zh/paths/#kube-proxy-mode'],
	['交换分区', '/zh/compare/#swap'],
	['kubelet 配置', '/zh/paths/#kubelet-config'],
	['预拉取镜像', '/zh/commands/#cmd-images-pull'],
	['kube-proxy', ['/zh/components/kube-proxy/', '/zh/components/kube-proxy/#kube-proxy']],
	['静态 Pod 清单', ['/zh/components/static-pods/', '/zh/components/static-pods/#static-pods']],
];
