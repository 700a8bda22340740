// MicroK8s search relevance cases: [query, expected URL (or any of several)], each landing on
// its row (or component note) at the canonical table page. Spread into the exact terms of
// tests/search/relevance.test.ts and tests/search/relevance-zh.test.ts.
export const en: [string, string | string[]][] = [
	// Paths
	['/var/snap/microk8s/current/credentials/client.config', '/paths/#kubeconfig'],
	['client.config', '/paths/#kubeconfig'],
	['cluster-tokens.txt', '/paths/#join-token-file'],
	['containerd-template.toml', '/paths/#containerd-overrides'],
	['/var/snap/microk8s/common/run/containerd.sock', '/paths/#containerd-socket'],
	['default-storage', '/paths/#local-storage-dir'],
	['/etc/microk8s.yaml', '/paths/#launch-config'],
	['microk8s.default.yaml', ['/paths/#launch-config', '/commands/#cmd-config-create']],
	['args/containerd-env', ['/paths/#service-env-file', '/paths/#containerd-overrides']],
	// Ports and addresses
	['16443', '/paths/#port-apiserver'],
	['25000', '/paths/#port-controller-join'],
	['19001', '/paths/#port-etcd'],
	['10.152.183.10', '/paths/#cluster-dns-ip'],
	['10.152.183.0/24', '/paths/#service-cidr'],
	['10.1.0.0/16', '/paths/#pod-cidr'],
	// Commands, with and without sudo and the binary
	['microk8s join', ['/commands/#cmd-install-worker', '/commands/#cmd-install-ha-controller']],
	['microk8s dbctl backup', '/commands/#cmd-backup'],
	['microk8s refresh-certs --check', '/commands/#cmd-cert-check'],
	['microk8s config', '/commands/#cmd-kubeconfig-admin'],
	['status --wait-ready --timeout', '/commands/#cmd-wait-ready'],
	['microk8s remove-node', ['/commands/#cmd-delete-node', '/commands/#cmd-etcd-leave']],
	['microk8s reset --destroy-storage', '/commands/#cmd-reset-node'],
	// Settings and components
	['AlwaysAllow', '/compare/#rbac-default'],
	['EventRateLimit', '/compare/#admission-defaults'],
	['k8s-dqlite', ['/components/k8s-dqlite/#k8s-dqlite', '/compare/#default-datastore']],
	['strict confinement', ['/components/microk8s-snap/#microk8s-snap', '/compare/#packaging']],
];

export const zh: [string, string | string[]][] = [
	['启动配置', '/zh/paths/#launch-config'],
	['仲裁', '/zh/compare/#datastore-quorum'],
	['打包方式', '/zh/compare/#packaging'],
	['节点标签', '/zh/compare/#node-labels'],
	['准入插件', '/zh/compare/#admission-defaults'],
	['等待就绪', '/zh/commands/#cmd-wait-ready'],
	['导出镜像', '/zh/commands/#cmd-images-export'],
	['client.config', '/zh/paths/#kubeconfig'],
	['16443', '/zh/paths/#port-apiserver'],
	['microk8s dbctl backup', '/zh/commands/#cmd-backup'],
	['严格限制', ['/zh/components/microk8s-snap/#microk8s-snap', '/zh/compare/#packaging']],
];
