// The self-hosted shape: the ASP.NET Core server with its Orleans silo on App Service (Linux, .NET 10, code
// deployment), at least two instances, integrated with the virtual network. `vnetPrivatePortsCount: 2` gives every
// instance two private ports; the platform passes them and the instance's private address to the process as
// WEBSITE_PRIVATE_PORTS and WEBSITE_PRIVATE_IP, which the server uses for its silo and gateway endpoints.

import { siteHardening } from 'shared.bicep'

param location string
param tags object
param planName string
param name string

@description('App Service plan SKU (Premium v3 or higher recommended), e.g. P0v3.')
param skuName string

@minValue(2)
param instanceCount int

@description('Resource ID of the integration subnet (delegated to Microsoft.Web/serverFarms).')
param subnetId string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientCertEnabled: false
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    keyVaultReferenceIdentity: 'SystemAssigned'
    virtualNetworkSubnetId: subnetId
    siteConfig: {
      ...siteHardening
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet PostMortemFlow.Server.dll'
      alwaysOn: true
      healthCheckPath: '/healthz'
      vnetPrivatePortsCount: 2
      webSocketsEnabled: false
    }
  }
}

output name string = site.name
output principalId string = site.identity.principalId
output hostName string = site.properties.defaultHostName
