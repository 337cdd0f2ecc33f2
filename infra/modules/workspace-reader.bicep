// Log Analytics Reader on the workspace the `loganalytics` evidence collector queries (the deployed one, or one the
// operator names, possibly in another resource group), and that workspace's GUID for Evidence:LogAnalytics:WorkspaceId.

import { roleAssignmentProperties } from 'shared.bicep'

param principalId string
param principalKey string
param workspaceName string

var logAnalyticsReader = '73c42c96-874c-492b-b04d-ab87d138a893'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-07-01' existing = {
  name: workspaceName
}

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(workspace.id, principalKey, logAnalyticsReader)
  scope: workspace
  properties: roleAssignmentProperties(
    logAnalyticsReader,
    principalId,
    'Log Analytics Reader for the PostMortemFlow evidence collector'
  )
}

output customerId string = workspace.properties.customerId
