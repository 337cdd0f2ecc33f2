// Key Vault (RBAC authorization) holding every secret the hosts read. App settings reference the secrets with
// `@Microsoft.KeyVault(SecretUri=...)`; no secret value ever leaves this module.

param location string
param tags object
param name string

@description('Names of the secrets to create (letters, digits and hyphens).')
param secretNames string[]

@description('Secret values by name; every name in secretNames must have a non-empty value here.')
@secure()
param secretValues object

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = [
  for secretName in secretNames: {
    parent: vault
    name: secretName
    properties: {
      value: secretValues[secretName]
      contentType: 'text/plain'
    }
  }
]

output name string = vault.name
