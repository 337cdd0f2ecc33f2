// Virtual network for the self-hosted shape: the App Service plan's integration subnet (delegated to
// Microsoft.Web/serverFarms), over which the Orleans silos reach each other on their private ports, and a subnet for
// the Redis private endpoint.

param location string
param tags object
param name string

@description('Address space of the virtual network, e.g. 10.40.0.0/16.')
param addressPrefix string

var appsSubnetName = 'apps'
var privateEndpointSubnetName = 'private-endpoints'

resource vnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [addressPrefix]
    }
    subnets: [
      {
        name: appsSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 0)
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: privateEndpointSubnetName
        properties: {
          addressPrefix: cidrSubnet(addressPrefix, 24, 1)
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }

  resource appsSubnet 'subnets' existing = {
    name: appsSubnetName
  }

  resource privateEndpointSubnet 'subnets' existing = {
    name: privateEndpointSubnetName
  }
}

output id string = vnet.id
output appsSubnetId string = vnet::appsSubnet.id
output privateEndpointSubnetId string = vnet::privateEndpointSubnet.id
