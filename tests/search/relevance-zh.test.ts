// Chinese edition search relevance against the /zh/ entries and the zh-cn Pagefind index: Chinese
// terms and questions, and paths and commands typed in Latin letters, land on the right row first.
import { relevanceSuite } from '../helpers/relevance';
import * as kubeadm from './cases/kubeadm';
import * as microk8s from './cases/microk8s';
import * as rke2 from './cases/rke2';

relevanceSuite('zh', {
	reported: [
		['端口', '/zh/paths/#ports'],
		['清单', '/zh/paths/#manifests-dir'],
		['kubeconfig 在哪', '/zh/paths/#kubeconfig'],
		['kubeconfig在哪里', '/zh/paths/#kubeconfig'],
	],
	natural: [
		// Requirements of the chooser land on their row of the matrix
		// The comparison row is labelled exactly so; the requirement is the other right answer.
		['Windows 节点', ['/zh/compare/#windows', '/zh/choose/#need-windows-workers']],
		['Windows 工作节点', '/zh/choose/#need-windows-workers'],
		// Two distributions and nothing else to ask: their pair page
		['k3s和rke2的区别', '/zh/k3s-vs-rke2/'],
		['k0s 对比 microk8s', '/zh/k0s-vs-microk8s/'],
		['rke2 还是 kubeadm', '/zh/kubeadm-vs-rke2/'],
		['k0s、k3s和rke2对比', '/zh/compare/?d=k0s,k3s,rke2'],
		['microk8s 和 kubeadm 和 k3s 的区别', '/zh/compare/?d=k3s,microk8s,kubeadm'],
		['嵌入式高可用数据存储', '/zh/choose/#need-embedded-ha'],
		['不依赖 snap 或 snapd', '/zh/choose/#need-no-snap'],
		['k3s 的 kubeconfig 在哪', '/zh/paths/#kubeconfig'],
		['k0s 配置文件在哪里', '/zh/paths/#config-file'],
		['数据目录在哪', '/zh/paths/#data-dir'],
		['怎么备份 k3s', ['/zh/commands/#cmd-backup', '/zh/commands/#cmd-backup-s3']],
		['如何恢复快照', ['/zh/commands/#cmd-restore', '/zh/commands/#cmd-fleet-restore', '/zh/commands/#backup-restore']],
		['如何卸载', ['/zh/compare/#uninstall', '/zh/paths/#uninstall-script']],
		['怎么升级', ['/zh/compare/#upgrades', '/zh/commands/#upgrade-paths']],
		['containerd 套接字在哪', '/zh/paths/#containerd-socket'],
		['containerd 日志在哪里', '/zh/paths/#containerd-log'],
		['服务日志', '/zh/paths/#service-logs'],
		['加入令牌文件在哪', '/zh/paths/#join-token-file'],
		['CoreDNS 的 IP 是多少', '/zh/paths/#cluster-dns-ip'],
		['Pod 网段是什么', '/zh/paths/#pod-cidr'],
		['NodePort 端口范围怎么改', '/zh/paths/#nodeport-range'],
		['加入工作节点', '/zh/commands/#cmd-install-worker'],
		['添加工作节点', '/zh/commands/#cmd-install-worker'],
		['彻底卸载 k3s', ['/zh/compare/#uninstall', '/zh/paths/#uninstall-script', '/zh/commands/#cmd-reset']],
		['节点端口范围', '/zh/paths/#nodeport-range'],
		['默认本地卷路径', '/zh/paths/#local-storage-dir'],
		['离线镜像包放在哪', ['/zh/paths/#airgap-images-dir', '/zh/commands/#cmd-airgap-place']],
		['k3s 支持 Windows 节点吗', ['/zh/compare/#windows', '/zh/compare/#supported-os']],
		['最低内存', '/zh/compare/#min-resources'],
		['容器运行时', '/zh/compare/#cri'],
		['证书有效期', '/zh/compare/#certificates'],
		['节点如何加入', '/zh/compare/#join-mechanism'],
		['主配置文件', '/zh/paths/#config-file'],
	],
	terms: [
		// Each distribution's paths, commands, ports and components (tests/search/cases/).
		...rke2.zh,
		...microk8s.zh,
		...kubeadm.zh,
		// Chinese terms from the glossary and the content
		['网络插件', '/zh/compare/#cni'],
		['负载均衡', ['/zh/compare/#load-balancer', '/zh/components/servicelb/#servicelb']],
		['本地存储', ['/zh/compare/#local-storage-provisioner', '/zh/paths/#local-storage-dir']],
		['存储', '/zh/compare/#storage'],
		['证书', '/zh/compare/#certificates'],
		['备份', ['/zh/commands/#cmd-backup', '/zh/commands/#cmd-backup-s3']],
		['恢复', ['/zh/commands/#cmd-restore', '/zh/commands/#cmd-restore-s3']],
		// Several rows are about snapshots; each of these is a right answer.
		['快照', ['/zh/commands/#cmd-snapshot-list', '/zh/commands/#cmd-backup', '/zh/compare/#backup-scope', '/zh/commands/#cmd-snapshot-delete']],
		['离线安装', ['/zh/compare/#airgap', '/zh/commands/#cmd-airgap-list-images']],
		['镜像仓库', ['/zh/paths/#registry-config', '/zh/compare/#default-image-registry']],
		['镜像加速', ['/zh/paths/#registry-config', '/zh/compare/#default-image-registry']],
		['配置文件', ['/zh/paths/#config-file', '/zh/paths/#config-files', '/zh/commands/#config-cli']],
		['数据目录', '/zh/paths/#data-dir'],
		['清单目录', '/zh/paths/#manifests-dir'],
		['Pod 网段', '/zh/paths/#pod-cidr'],
		['高可用', '/zh/compare/#ha-etcd'],
		['双栈', '/zh/compare/#dual-stack'],
		['升级', ['/zh/compare/#upgrades', '/zh/commands/#upgrade-paths']],
		['卸载', '/zh/compare/#uninstall'],
		['数据存储', ['/zh/compare/#default-datastore', '/zh/compare/#other-datastores']],
		['国内环境友好', '/zh/compare/#rating-china'],
		['入口控制器', ['/zh/components/traefik/#traefik', '/zh/compare/#ingress']],
		['加入令牌', '/zh/commands/#tokens-join'],
		['服务名称', '/zh/paths/#service-units'],
		['卸载脚本', '/zh/paths/#uninstall-script'],
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
		['k3s etcd-snapshot save', '/zh/commands/#cmd-backup'],
		// An English question on the Chinese edition: its Latin words still find the rows.
		['storage class', '/zh/compare/#default-storage-class'],
	],
	typos: [
		['trafik', '/zh/components/traefik/#traefik', 'traefik'],
		['kubconfig 在哪', '/zh/paths/#kubeconfig', 'kubeconfig'],
		['konectivity', '/zh/components/konnectivity/#konnectivity', 'konnectivity'],
	],
	noMatch: ['zzqqxxnotaword', '🚀🦄', '!!!???', '<zzqqxx>'],
});
