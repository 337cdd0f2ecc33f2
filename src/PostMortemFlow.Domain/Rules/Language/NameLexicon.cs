namespace PostMortemFlow.Domain.Rules.Language;

/// <summary>
/// What a capitalised word is when it is not a person: a word that starts sentences or names a part of a service,
/// or a product. Matched case-insensitively against a single capitalised word.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Function words, days and months, and the nouns post-mortems start sentences with.</summary>
    public static readonly HashSet<string> NotNames = Words(
        "the this that these those it its we our us they them their he she his her him i my me you your a an at after "
        + "before during when while then because since as if had once until although though but and or so yet no not nor "
        + "later earlier meanwhile first second third next last finally also however unfortunately luckily fortunately "
        + "eventually initially overall today yesterday tonight tomorrow why what who whose whom which how where there here "
        + "every some many most few several other another such only just even still again over under within without from "
        + "to in on of for with by about around between through per via due thanks instead otherwise nobody nothing "
        + "everyone everybody everything someone somebody something anyone anybody anything each all both neither either "
        + "none one two three four five six seven eight nine ten hindsight note see update edit looking going given "
        + "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
        + "september october november december "
        + "root cause impact summary timeline incident outage alert alarm error warning page pager request user customer "
        + "client engineer operator developer service system server host node pod container cluster region zone database "
        + "db replica primary secondary queue cache disk memory network firewall proxy ingress egress gateway traffic load "
        + "latency throughput replication failover backup restore snapshot rollout rollback release deploy build pipeline "
        + "job cron worker scheduler script config configuration migration schema query index table test staging "
        + "production prod canary health metrics logs tracing dashboard automation tooling capacity retry timeout "
        + "checkout search login signup auth authentication billing payments payment orders order inventory shipping cart "
        + "catalog notifications email messaging chat storage upload download export import reporting analytics feed "
        + "profile account frontend backend api web mobile app website site homepage certificate status statuspage "
        + "runbook playbook docs documentation wiki ticket channel bridge call standup review approval change commit merge "
        + "branch main master tag version patch hotfix fix bug regression feature flag toggle experiment customers users "
        + "clients engineers alerts alarms errors warnings pages requests services systems servers hosts nodes pods "
        + "containers clusters regions zones databases replicas queues caches disks deploys builds jobs workers scripts "
        + "configs tests dashboards retries timeouts orders uploads downloads tickets changes commits bugs features flags "
        + "keys pools tools logs teams team squad vendor provider partner support security compliance legal finance "
        + "management leadership engineering operations ops platform infrastructure infra data sales marketing product "
        + "design qa sre dba devops oncall on-call manual human nightly weekly daily hourly early late high low medium "
        + "critical major minor severity priority phase step stage part section action item lesson prevention signal "
        + "spike peak baseline north south east west europe asia america africa internet cloud edge core global local");

    /// <summary>Products and tools a post-mortem names as the subject of what broke.</summary>
    public static readonly HashSet<string> Systems = Words(
        "kubernetes k8s terraform postgres postgresql mysql mariadb redis memcached kafka zookeeper rabbitmq nats pulsar "
        + "nginx envoy istio linkerd consul vault nomad etcd coredns haproxy traefik jenkins argo argocd flux helm docker "
        + "podman containerd spinnaker tekton circleci travis buildkite bamboo teamcity ansible puppet chef salt packer "
        + "grafana prometheus alertmanager loki tempo jaeger zipkin datadog splunk elastic elasticsearch kibana logstash "
        + "opensearch fluentd fluentbit sentinel sentry honeycomb newrelic dynatrace opsgenie pagerduty cloudflare akamai fastly "
        + "stripe twilio sendgrid mailgun okta auth0 keycloak aws azure gcp lambda fargate aurora dynamodb cassandra scylla "
        + "mongodb mongo couchbase cockroach cockroachdb clickhouse snowflake bigquery redshift spark hadoop hive presto "
        + "trino airflow celery sidekiq resque kinesis pubsub cloudwatch cloudfront bigtable spanner firestore firebase "
        + "heroku vercel netlify github gitlab bitbucket jira confluence slack zoom linux windows ubuntu debian centos "
        + "rhel java python node nodejs ruby rails django flask spring dotnet golang rust php karpenter calico cilium "
        + "flannel velero minio ceph gluster openshift rancher longhorn tailscale wireguard openvpn systemd kubelet "
        + "kubectl chrome safari firefox android ios macos varnish squid apache tomcat jetty gunicorn uwsgi puma unicorn "
        + "graphql thrift protobuf sqlite oracle mssql db2 neo4j influxdb timescale thanos cortex mimir vector "
        + "filebeat metricbeat logrotate cloudsql keda knative openstack proxmox vmware hyperv citrix cisco juniper "
        + "google amazon microsoft apple ibm salesforce atlassian hashicorp redhat digitalocean hetzner linode ovh "
        + "arista f5 palo fortinet zscaler crowdstrike dependabot renovate sonarqube snyk nexus artifactory harbor quay");

    /// <summary>Given names that are also ordinary words: a name only when capitalised ("Frank ran", not "to be frank").</summary>
    public static readonly HashSet<string> NamesThatAreWords = Words(
        "will may mark bill grant chase frank rich art sue joy hope faith pat amber june rose dawn drew gene ray max cash "
        + "page case lane ward miles jack sky river summer mo al guy don long young king hunter major reed wood park grace "
        + "rob dean nick");

    private static HashSet<string> Words(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
