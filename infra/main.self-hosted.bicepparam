// Self-hosted shape: the server on App Service (two instances or more) clustered on Azure Managed Redis.
// Secrets come from environment variables of the shell that runs the deployment (see README.md); edit the rest.
using 'main.bicep'

param hosting = 'self-hosted'
param namePrefix = 'pmf'
param instanceCount = 2
param appServiceSku = 'P0v3'
param redisSku = 'Balanced_B1'

param evidenceSources = ['uploads', 'loganalytics', 'azuremetrics', 'pagerduty']

param intakeAuthors = ['sre-lead@contoso.example']
param intakeReviewers = ['reviewer@contoso.example']
param intakeSponsor = 'vp-engineering@contoso.example'

// Graph through the app's managed identity (the default), or an app registration with a client secret.
param graphClientId = readEnvironmentVariable('PMF_GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('PMF_GRAPH_CLIENT_SECRET', '')
param graphSenderMailbox = 'postmortems@contoso.example'
param sharePointSiteId = 'contoso.sharepoint.com,00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002'

param ticketsProvider = 'GitHub'
param githubDefaultRepository = 'contoso/reliability'
param githubToken = readEnvironmentVariable('PMF_GITHUB_TOKEN')

param linksSigningKey = readEnvironmentVariable('PMF_LINKS_SIGNING_KEY')
param azureMonitorWebhookSecret = readEnvironmentVariable('PMF_AZURE_MONITOR_SECRET')
param alertmanagerBearerToken = readEnvironmentVariable('PMF_ALERTMANAGER_TOKEN')
param pagerDutySigningSecret = readEnvironmentVariable('PMF_PAGERDUTY_SIGNING_SECRET')
param pagerDutyApiToken = readEnvironmentVariable('PMF_PAGERDUTY_API_TOKEN')

// The drafting suggestions' model: empty deploys no Azure OpenAI.
param draftingModel = readEnvironmentVariable('PMF_DRAFTING_MODEL', '')
