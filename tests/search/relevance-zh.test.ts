// Chinese edition search relevance against the zh-cn index: Chinese terms, and paths and
// commands typed in Latin letters, land on the exact row of the /zh/ pages.
import { relevanceSuite } from '../helpers/relevance';

relevanceSuite('zh', [
	// Chinese terms from the glossary and the content
	['网络插件', '/zh/compare/#cni'],
	['负载均衡', '/zh/compare/#load-balancer'],
	['本地存储', '/zh/compare/#local-storage-provisioner'],
	['证书', '/zh/compare/#certificates'],
	['备份', '/zh/commands/#cmd-backup'],
	['恢复', '/zh/commands/#cmd-restore'],
	// Several rows are about snapshots; each of these is a right answer.
	['快照', ['/zh/commands/#cmd-snapshot-list', '/zh/commands/#cmd-backup', '/zh/compare/#backup-scope']],
	['离线安装', ['/zh/compare/#airgap', '/zh/commands/#cmd-airgap-list-images']],
	['镜像仓库', ['/zh/paths/#registry-config', '/zh/compare/#default-image-registry']],
	// Several rows carry 镜像加速 as an exact alias; with RKE2's text the comparison page can outrank the paths page.
	['镜像加速', ['/zh/paths/#registry-config', '/zh/compare/#default-image-registry', '/zh/compare/#registry-reload']],
	['配置文件', '/zh/paths/#config-file'],
	['数据目录', '/zh/paths/#data-dir'],
	['清单目录', '/zh/paths/#manifests-dir'],
	['Pod 网段', '/zh/paths/#pod-cidr'],
	['高可用', '/zh/compare/#ha-etcd'],
	['双栈', '/zh/compare/#dual-stack'],
	['升级', '/zh/compare/#upgrades'],
	['卸载', '/zh/compare/#uninstall'],
	['数据存储', '/zh/compare/#default-datastore'],
	['国内环境友好', '/zh/compare/#rating-china'],
	// Two ingress controllers have notes since RKE2 joined: Traefik and ingress-nginx.
	['入口控制器', ['/zh/components/traefik/#traefik', '/zh/components/ingress-nginx/#ingress-nginx']],
	// Paths, commands and addresses typed in Latin letters on the Chinese edition
	['k3s.yaml', '/zh/paths/#kubeconfig'],
	['admin.conf', '/zh/paths/#kubeconfig'],
	['registry.yaml', '/zh/paths/#registry-config'],
	['server/manifests', '/zh/paths/#manifests-dir'],
	['k0s sysinfo', '/zh/commands/#cmd-system-check'],
	['kubeconfig create', '/zh/commands/#cmd-kubeconfig-user'],
	['--cluster-reset-restore-path', '/zh/commands/#cmd-restore'],
	['10.43.0.10', '/zh/paths/#cluster-dns-ip'],
	['traefik', '/zh/components/traefik/#traefik'],
	['kine', '/zh/components/kine/#kine'],
]);
