// Monitoring Reader on one resource group whose resources' platform metrics the `azuremetrics` evidence collector
// reads (deployed at that resource group's scope).

import { roleAssignmentProperties } from 'shared.bicep'

param principalId string
param principalKey string

var monitoringReader = '43d0d8ad-25c7-4714-9337-8ba259a9fe05'

resource reader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(resourceGroup().id, principalKey, monitoringReader)
  properties: roleAssignmentProperties(
    monitoringReader,
    principalId,
    'Monitoring Reader for the PostMortemFlow evidence collector'
  )
}
