// The user-assigned managed identity the function app runs as. It is created before the app so that its
// role assignments exist by the time the app starts, and it survives a re-created app.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the app\'s identity block and the deployment storage authentication.')
output id string = identity.id

@description('Client id, for AzureWebJobsStorage__clientId and the Application Insights authentication string.')
output clientId string = identity.properties.clientId

@description('Principal (object) id, for role assignments.')
output principalId string = identity.properties.principalId
