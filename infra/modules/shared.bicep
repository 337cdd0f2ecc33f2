// Values both hosts share.

@export()
@description('siteConfig of both sites: TLS 1.2 at least on the app and its SCM site, FTP and FTPS off, HTTP/2.')
var siteHardening = {
  minTlsVersion: '1.2'
  scmMinTlsVersion: '1.2'
  ftpsState: 'Disabled'
  http20Enabled: true
}

@export()
@description('Properties of a role assignment of a built-in role to the app\'s managed identity.')
func roleAssignmentProperties(roleDefinitionGuid string, principalId string, description string) object => {
  description: description
  roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionGuid)
  principalId: principalId
  principalType: 'ServicePrincipal'
}
