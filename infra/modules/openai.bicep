// Azure OpenAI for the drafting suggestions (optional): one account with local keys off, one model deployment, and
// Cognitive Services OpenAI User for the app's identity, which reaches it with its managed identity.

import { roleAssignmentProperties } from 'shared.bicep'

param location string
param tags object
param name string
param deploymentName string
param modelName string
param modelVersion string
param capacity int
param principalId string
param principalKey string

var openAIUser = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

resource model 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: 'GlobalStandard'
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
  }
}

resource user 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(account.id, principalKey, openAIUser)
  scope: account
  properties: roleAssignmentProperties(openAIUser, principalId, 'Cognitive Services OpenAI User for the PostMortemFlow drafting suggestions')
}

output endpoint string = account.properties.endpoint
output deploymentName string = model.name
