// PostMortemFlow on Azure, in one of two shapes chosen by `hosting`:
//   serverless  (default) the Functions app (isolated worker, .NET 10, Durable Functions) on Flex Consumption;
//   self-hosted           the ASP.NET Core server with Orleans on App Service (Linux), clustered on Azure Managed Redis.
// Both get the same storage account (no shared keys), Log Analytics + Application Insights, and a Key Vault whose
// secrets the app settings reference. The app's system-assigned identity gets least-privilege roles. See README.md.

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------------------------
// Shape and naming

@description('serverless: the Functions app on Flex Consumption. self-hosted: the server on App Service with Azure Managed Redis.')
@allowed(['serverless', 'self-hosted'])
param hosting string = 'serverless'

@description('Lower-case letters and digits starting every resource name; a hash of the resource group completes them.')
@minLength(2)
@maxLength(8)
param namePrefix string = 'pmf'

param location string = resourceGroup().location
param tags object = {}

// ---------------------------------------------------------------------------------------------------------------
// Storage and monitoring

@allowed(['Standard_LRS', 'Standard_ZRS', 'Standard_GRS', 'Standard_GZRS'])
param storageSku string = 'Standard_LRS'

@minValue(30)
param logRetentionInDays int = 30

// ---------------------------------------------------------------------------------------------------------------
// Serverless shape

@allowed([512, 2048, 4096])
param functionsInstanceMemoryMB int = 2048

@minValue(1)
@maxValue(1000)
param functionsMaximumInstanceCount int = 40

@description('Always-ready instances for the HTTP functions; 0 lets the app scale to zero (a cold start on the first webhook).')
@minValue(0)
param functionsAlwaysReadyHttpInstances int = 0

// ---------------------------------------------------------------------------------------------------------------
// Self-hosted shape

@description('App Service plan SKU for the server (needs VNet integration: Premium v3 recommended).')
param appServiceSku string = 'P0v3'

@description('Server instances, each one Orleans silo; at least two.')
@minValue(2)
param instanceCount int = 2

@description('Address space of the virtual network (a /16 to /23; the first /24 is the apps subnet, the second the private endpoints).')
param vnetAddressPrefix string = '10.40.0.0/16'

@description('Azure Managed Redis SKU for the Orleans cluster.')
param redisSku string = 'Balanced_B1'

param clusterId string = 'postmortemflow'
param serviceId string = 'postmortemflow'

// ---------------------------------------------------------------------------------------------------------------
// What the app does

@description('Public base URL (no trailing slash) when a custom domain fronts the app, used for review links and the webhook URLs; empty: https://<default host name>.')
param publicBaseUrl string = ''

@description('Evidence sources collected for every post-mortem (prometheus, alertmanager, loganalytics, azuremetrics, pagerduty, teams, uploads).')
param evidenceSources string[] = ['uploads', 'loganalytics', 'azuremetrics']

@description('Resource ID of the Log Analytics workspace the loganalytics collector queries; empty: the workspace deployed here.')
param evidenceWorkspaceResourceId string = ''

@description('Resource IDs of the resource groups whose metrics the azuremetrics collector reads (Monitoring Reader on each); empty: this resource group.')
param metricsResourceGroupIds string[] = []

@description('Default authors of every post-mortem (e-mail addresses).')
@minLength(1)
param intakeAuthors string[]

@description('Default reviewers of every post-mortem (e-mail addresses).')
@minLength(1)
param intakeReviewers string[]

@description('Executive sponsor who receives escalations (e-mail address).')
param intakeSponsor string

@description('Microsoft Entra tenant of Microsoft Graph.')
param graphTenantId string = tenant().tenantId

@description('Client ID of an app registration for Graph, used with graphClientSecret; empty: the app\'s managed identity calls Graph.')
param graphClientId string = ''

@description('Mailbox that sends the e-mails and owns the follow-up calendar events.')
param graphSenderMailbox string

@description('SharePoint site that receives the published reports (host,site-guid,web-guid).')
param sharePointSiteId string

@allowed(['Local', 'GitHub', 'Planner'])
param ticketsProvider string = 'Local'

@description('owner/repo receiving the action items when ticketsProvider is GitHub.')
param githubDefaultRepository string = ''

@description('planId/bucketId receiving the action items when ticketsProvider is Planner.')
param plannerDefaultPlan string = ''

@description('More app settings (e.g. Evidence__AzureMetrics__*, Evidence__Teams__*); the settings this template sets win.')
param extraAppSettings object = {}

@description('A model for the drafting suggestions, e.g. gpt-4o-mini: deploys Azure OpenAI with the app\'s identity as its user. Empty: no suggestions.')
param draftingModel string = ''

@description('The model version to deploy for draftingModel.')
param draftingModelVersion string = '2024-07-18'

@description('Thousands of tokens per minute for the drafting deployment.')
param draftingCapacity int = 10

@description('Serverless: the Entra ID app registration people sign in with. Set, App Service authentication runs in front of the Functions app and its API needs a signed-in user (webhooks and review links stay open), so restricted post-mortems are hidden from who is not one of their people. Empty: no sign-in.')
param functionsSignInClientId string = ''

// ---------------------------------------------------------------------------------------------------------------
// Secrets: written to Key Vault, referenced from app settings, never output

@description('Base64 HMAC key (at least 32 bytes) that signs review links.')
@secure()
param linksSigningKey string

@description('Token Azure Monitor action groups send as ?token=… on the webhook URL.')
@secure()
param azureMonitorWebhookSecret string

@description('Bearer token Alertmanager sends.')
@secure()
param alertmanagerBearerToken string

@description('Signing secret of the PagerDuty V3 webhook subscription.')
@secure()
param pagerDutySigningSecret string

@description('Client secret of the Graph app registration; required when graphClientId is set.')
@secure()
param graphClientSecret string = ''

@description('GitHub token with Issues read/write; required when ticketsProvider is GitHub.')
@secure()
param githubToken string = ''

@description('PagerDuty REST API key; required when evidenceSources lists pagerduty.')
@secure()
param pagerDutyApiToken string = ''

// ---------------------------------------------------------------------------------------------------------------

var isServerless = hosting == 'serverless'
var useGraphAppRegistration = !empty(graphClientId)

var suffix = uniqueString(resourceGroup().id, namePrefix)
var names = {
  workspace: '${namePrefix}-log-${suffix}'
  insights: '${namePrefix}-appi-${suffix}'
  storage: take('${namePrefix}st${suffix}', 24)
  vault: take('${namePrefix}-kv-${suffix}', 24)
  plan: '${namePrefix}-plan-${suffix}'
  app: '${namePrefix}-${isServerless ? 'func' : 'app'}-${suffix}'
  vnet: '${namePrefix}-vnet-${suffix}'
  redis: '${namePrefix}-redis-${suffix}'
  openai: '${namePrefix}-oai-${suffix}'
}
var useDrafting = !empty(draftingModel)

var evidenceContainer = 'evidence'
var deploymentContainer = 'app-package'
var blobEndpoint = 'https://${names.storage}.blob.${environment().suffixes.storage}'

// Key Vault secret name, the app setting that references it, and whether this deployment needs it.
var secretEntries = [
  { name: 'links-signing-key', setting: 'Links__SigningKey', enabled: true }
  { name: 'webhooks-azure-monitor-secret', setting: 'Webhooks__AzureMonitor__Secret', enabled: true }
  { name: 'webhooks-alertmanager-bearer-token', setting: 'Webhooks__Alertmanager__BearerToken', enabled: true }
  { name: 'webhooks-pagerduty-signing-secret', setting: 'Webhooks__PagerDuty__SigningSecrets__0', enabled: true }
  { name: 'graph-client-secret', setting: 'Graph__ClientSecret', enabled: useGraphAppRegistration }
  { name: 'github-token', setting: 'GitHub__Token', enabled: ticketsProvider == 'GitHub' }
  {
    name: 'pagerduty-api-token'
    setting: 'Evidence__PagerDuty__Token'
    enabled: contains(evidenceSources, 'pagerduty')
  }
]
var vaultSecrets = filter(secretEntries, entry => entry.enabled)
var redisSecret = { name: 'cluster-redis', setting: 'Cluster__Redis' }
var referencedSecrets = isServerless ? vaultSecrets : concat(vaultSecrets, [redisSecret])

func keyVaultReference(vaultName string, secretName string) string =>
  '@Microsoft.KeyVault(SecretUri=https://${vaultName}${environment().suffixes.keyvaultDns}/secrets/${secretName}/)'

func indexedSettings(prefix string, values string[]) object =>
  toObject(range(0, length(values)), i => '${prefix}__${i}', i => values[i])

func resourceGroupOf(resourceId string) object => {
  subscriptionId: split(resourceId, '/')[2]
  resourceGroup: split(resourceId, '/')[4]
}

// ---------------------------------------------------------------------------------------------------------------
// Shared resources

module monitoring 'modules/monitoring.bicep' = {
  name: 'pmf-monitoring'
  params: {
    location: location
    tags: tags
    workspaceName: names.workspace
    insightsName: names.insights
    retentionInDays: logRetentionInDays
  }
}

module storage 'modules/storage.bicep' = {
  name: 'pmf-storage'
  params: {
    location: location
    tags: tags
    name: names.storage
    skuName: storageSku
    containers: isServerless ? [evidenceContainer, deploymentContainer] : [evidenceContainer]
  }
}

module vault 'modules/vault.bicep' = {
  name: 'pmf-vault'
  params: {
    location: location
    tags: tags
    name: names.vault
    secretNames: map(vaultSecrets, entry => entry.name)
    secretValues: {
      'links-signing-key': linksSigningKey
      'webhooks-azure-monitor-secret': azureMonitorWebhookSecret
      'webhooks-alertmanager-bearer-token': alertmanagerBearerToken
      'webhooks-pagerduty-signing-secret': pagerDutySigningSecret
      'graph-client-secret': graphClientSecret
      'github-token': githubToken
      'pagerduty-api-token': pagerDutyApiToken
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The host: one of the two shapes

module functionsApp 'modules/functions-app.bicep' = if (isServerless) {
  name: 'pmf-functions-app'
  params: {
    location: location
    tags: tags
    planName: names.plan
    name: names.app
    deploymentContainerUrl: '${blobEndpoint}/${deploymentContainer}'
    instanceMemoryMB: functionsInstanceMemoryMB
    maximumInstanceCount: functionsMaximumInstanceCount
    alwaysReadyHttpInstances: functionsAlwaysReadyHttpInstances
    signInClientId: functionsSignInClientId
  }
  dependsOn: [storage]
}

module network 'modules/network.bicep' = if (!isServerless) {
  name: 'pmf-network'
  params: {
    location: location
    tags: tags
    name: names.vnet
    addressPrefix: vnetAddressPrefix
  }
}

module redis 'modules/redis.bicep' = if (!isServerless) {
  name: 'pmf-redis'
  params: {
    location: location
    tags: tags
    name: names.redis
    skuName: redisSku
    vaultName: names.vault
    vnetId: network!.outputs.id
    privateEndpointSubnetId: network!.outputs.privateEndpointSubnetId
    connectionSecretName: redisSecret.name
  }
  dependsOn: [vault]
}

module webApp 'modules/web-app.bicep' = if (!isServerless) {
  name: 'pmf-web-app'
  params: {
    location: location
    tags: tags
    planName: names.plan
    name: names.app
    skuName: appServiceSku
    instanceCount: instanceCount
    subnetId: network!.outputs.appsSubnetId
  }
}

var principalId = isServerless ? functionsApp!.outputs.principalId : webApp!.outputs.principalId
var hostName = isServerless ? functionsApp!.outputs.hostName : webApp!.outputs.hostName
var appUrl = empty(publicBaseUrl) ? 'https://${hostName}' : publicBaseUrl

// ---------------------------------------------------------------------------------------------------------------
// Roles of the app's identity

module access 'modules/access.bicep' = {
  name: 'pmf-access'
  params: {
    principalId: principalId
    principalKey: names.app
    storageName: names.storage
    vaultName: names.vault
    durableTaskHub: isServerless
  }
  dependsOn: [storage, vault]
}

var evidenceWorkspace = empty(evidenceWorkspaceResourceId)
  ? { subscriptionId: subscription().subscriptionId, resourceGroup: resourceGroup().name, name: names.workspace }
  : union(resourceGroupOf(evidenceWorkspaceResourceId), { name: last(split(evidenceWorkspaceResourceId, '/')) })

module workspaceReader 'modules/workspace-reader.bicep' = {
  name: 'pmf-workspace-reader'
  scope: resourceGroup(evidenceWorkspace.subscriptionId, evidenceWorkspace.resourceGroup)
  params: {
    principalId: principalId
    principalKey: names.app
    workspaceName: evidenceWorkspace.name
  }
  dependsOn: [monitoring]
}

module drafting 'modules/openai.bicep' = if (useDrafting) {
  name: 'pmf-openai'
  params: {
    location: location
    tags: tags
    name: names.openai
    deploymentName: 'drafting'
    modelName: draftingModel
    modelVersion: draftingModelVersion
    capacity: draftingCapacity
    principalId: principalId
    principalKey: names.app
  }
}

module metricsReaders 'modules/metrics-reader.bicep' = [
  for (groupId, i) in (empty(metricsResourceGroupIds) ? [resourceGroup().id] : metricsResourceGroupIds): {
    name: 'pmf-metrics-reader-${i}'
    scope: resourceGroup(resourceGroupOf(groupId).subscriptionId, resourceGroupOf(groupId).resourceGroup)
    params: {
      principalId: principalId
      principalKey: names.app
    }
  }
]

// ---------------------------------------------------------------------------------------------------------------
// App settings: the same names for both hosts (ASP.NET Core configuration keys, `__` for `:`)

// Read here rather than passed as a module output: the connection string goes into app settings only, never into
// the deployment history. (It carries the instrumentation key, which only allows sending telemetry.)
resource insights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: names.insights
}

var commonSettings = {
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  Evidence__Store: 'Blob'
  Evidence__Blob__AccountUrl: blobEndpoint
  Evidence__Blob__Container: evidenceContainer
  Evidence__LogAnalytics__WorkspaceId: workspaceReader.outputs.customerId
  Links__PublicBaseUrl: appUrl
  Email__Provider: 'Graph'
  Reports__Provider: 'SharePoint'
  Calendar__Provider: 'Graph'
  Tickets__Provider: ticketsProvider
  Graph__TenantId: graphTenantId
  Graph__SenderMailbox: graphSenderMailbox
  SharePoint__SiteId: sharePointSiteId
  Intake__Sponsor: intakeSponsor
}

var graphIdentitySettings = useGraphAppRegistration
  ? { Graph__ClientId: graphClientId }
  : { Graph__UseDefaultCredential: 'true' }

var ticketSettings = ticketsProvider == 'GitHub'
  ? { GitHub__DefaultRepository: githubDefaultRepository }
  : ticketsProvider == 'Planner' ? { Planner__DefaultPlan: plannerDefaultPlan } : {}

var draftingSettings = useDrafting
  ? {
      Drafting__Provider: 'AzureOpenAI'
      Drafting__Endpoint: drafting!.outputs.endpoint
      Drafting__Model: drafting!.outputs.deploymentName
    }
  : {}

var serverlessSettings = {
  AzureWebJobsStorage__accountName: names.storage
  AzureWebJobsStorage__credential: 'managedidentity'
  Functions__SignIn: empty(functionsSignInClientId) ? 'None' : 'AppService'
}

var selfHostedSettings = {
  Cluster__Mode: 'Redis'
  Cluster__ClusterId: clusterId
  Cluster__ServiceId: serviceId
  Storage__DataPath: '/home/data'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  WEBSITE_WARMUP_PATH: '/readyz'
  WEBSITE_WARMUP_STATUSES: '200'
}

var secretReferences = toObject(
  referencedSecrets,
  entry => entry.setting,
  entry => keyVaultReference(names.vault, entry.name)
)

module settings 'modules/site-settings.bicep' = {
  name: 'pmf-site-settings'
  params: {
    siteName: names.app
    settings: union(
      extraAppSettings,
      commonSettings,
      graphIdentitySettings,
      ticketSettings,
      draftingSettings,
      indexedSettings('Evidence__Sources', evidenceSources),
      indexedSettings('Intake__Authors', intakeAuthors),
      indexedSettings('Intake__Reviewers', intakeReviewers),
      isServerless ? serverlessSettings : selfHostedSettings,
      secretReferences
    )
  }
  // The identity must hold its roles and every referenced secret must exist before the app first reads them.
  dependsOn: [monitoring, access, vault, redis, metricsReaders]
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs: URLs and names only, never a secret

@description('The app\'s public URL (publicBaseUrl, or https://<default host name>).')
output appUrl string = appUrl

@description('Azure Monitor action group webhook (common alert schema); append ?token=<azureMonitorWebhookSecret>.')
output azureMonitorWebhookUrl string = '${appUrl}/api/webhooks/azure-monitor'

@description('Alertmanager webhook_configs url (Authorization: Bearer <alertmanagerBearerToken>).')
output alertmanagerWebhookUrl string = '${appUrl}/api/webhooks/alertmanager'

@description('PagerDuty V3 webhook subscription URL (signed with pagerDutySigningSecret).')
output pagerDutyWebhookUrl string = '${appUrl}/api/webhooks/pagerduty'

@description('Name of the Functions app or web app.')
output appName string = names.app

@description('Object ID of the app\'s system-assigned identity (for the Graph app roles, see README.md).')
output principalId string = principalId

output keyVaultName string = vault.outputs.name
output storageAccountName string = storage.outputs.name
