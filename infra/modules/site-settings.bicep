// App settings of either site, applied after the identity holds its roles so the Key Vault references and the
// identity-based storage connection resolve on the first start. Also turns off FTP and SCM basic-auth publishing.

param siteName string

@description('App settings (ASP.NET Core configuration keys with `__` for `:`). Secrets appear only as Key Vault references.')
param settings object

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}

resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}
