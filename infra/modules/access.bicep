// Role assignments of the app's identity on the resources of this resource group, least privilege: data roles on the
// one storage account (blobs for the evidence and the deployment package; queues and tables only for the Durable task
// hub) and Key Vault Secrets User on the vault (Key Vault references).

import { roleAssignmentProperties } from 'shared.bicep'

param principalId string

@description('A stable name of the identity (the app\'s resource name), part of each assignment name.')
param principalKey string

param storageName string
param vaultName string

@description('Whether the app keeps a Durable task hub (queues and tables) in the storage account.')
param durableTaskHub bool

var blobRoles = {
  'Storage Blob Data Contributor': 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
}
var taskHubRoles = {
  'Storage Queue Data Contributor': '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  'Storage Table Data Contributor': '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var storageRoles = durableTaskHub ? union(blobRoles, taskHubRoles) : blobRoles
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageName
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' existing = {
  name: vaultName
}

resource storageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in items(storageRoles): {
    name: guid(storage.id, principalKey, role.value)
    scope: storage
    properties: roleAssignmentProperties(role.value, principalId, '${role.key} for the PostMortemFlow app')
  }
]

resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalKey, keyVaultSecretsUser)
  scope: vault
  properties: roleAssignmentProperties(
    keyVaultSecretsUser,
    principalId,
    'Key Vault Secrets User for the PostMortemFlow app'
  )
}
