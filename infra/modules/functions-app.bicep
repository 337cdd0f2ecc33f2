// The serverless shape: the Functions app (isolated worker, .NET 10, Durable Functions) on a Flex Consumption plan
// with a system-assigned managed identity. The deployment package lives in a blob container of the same storage
// account, read with that identity. App settings are applied by site-settings.bicep once the identity has its roles.

import { siteHardening } from 'shared.bicep'

param location string
param tags object
param planName string
param name string

@description('URL of the blob container holding the deployment package.')
param deploymentContainerUrl string

@allowed([512, 2048, 4096])
param instanceMemoryMB int

@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Always-ready instances for the HTTP functions (0: scale to zero).')
@minValue(0)
param alwaysReadyHttpInstances int

@description('The Entra ID app registration people sign in with; empty: no App Service authentication.')
param signInClientId string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: siteHardening
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyHttpInstances > 0 ? [{ name: 'http', instanceCount: alwaysReadyHttpInstances }] : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// App Service authentication validates the Entra sign-in (a session or a bearer token) and forwards who it is to the app
// (X-MS-CLIENT-PRINCIPAL, which it drops from incoming requests). Anonymous calls pass through to the app, which answers
// 401 on the people's API itself (Functions:SignIn = AppService), so webhooks and signed review links keep working.
resource authentication 'Microsoft.Web/sites/config@2025-03-01' = if (!empty(signInClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: signInClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [signInClientId, 'api://${signInClientId}']
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

output name string = site.name
output principalId string = site.identity.principalId
output hostName string = site.properties.defaultHostName
