// Serverless shape (the default): the Functions app on Flex Consumption.
// Secrets come from environment variables of the shell that runs the deployment (see README.md); edit the rest.
using 'main.bicep'

param hosting = 'serverless'
param namePrefix = 'pmf'

param intakeAuthors = ['sre-lead@contoso.example']
param intakeReviewers = ['reviewer@contoso.example']
param intakeSponsor = 'vp-engineering@contoso.example'

// Graph through the app's managed identity (the default), or an app registration with a client secret.
param graphClientId = readEnvironmentVariable('PMF_GRAPH_CLIENT_ID', '')
param graphClientSecret = readEnvironmentVariable('PMF_GRAPH_CLIENT_SECRET', '')
param graphSenderMailbox = 'postmortems@contoso.example'
param sharePointSiteId = 'contoso.sharepoint.com,00000000-0000-0000-0000-000000000001,00000000-0000-0000-0000-000000000002'

// People sign in through App Service authentication with this app registration; empty: no sign-in.
param functionsSignInClientId = readEnvironmentVariable('PMF_FUNCTIONS_SIGN_IN_CLIENT_ID', '')

param ticketsProvider = 'Planner'
param plannerDefaultPlan = '<planId>/<bucketId>'

param linksSigningKey = readEnvironmentVariable('PMF_LINKS_SIGNING_KEY')
param azureMonitorWebhookSecret = readEnvironmentVariable('PMF_AZURE_MONITOR_SECRET')
param alertmanagerBearerToken = readEnvironmentVariable('PMF_ALERTMANAGER_TOKEN')
param pagerDutySigningSecret = readEnvironmentVariable('PMF_PAGERDUTY_SIGNING_SECRET')

// The drafting suggestions' model: empty deploys no Azure OpenAI.
param draftingModel = readEnvironmentVariable('PMF_DRAFTING_MODEL', '')
