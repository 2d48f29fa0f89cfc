// Flex Consumption plan (FC1) + Linux function app on .NET isolated. The app runs as the user-assigned identity,
// reaches storage with identity-based settings only (no keys, no connection strings), pulls its package from a
// blob container with the same identity, and sends telemetry to Application Insights with Entra ID.

@description('Name of the function app (also the plan\'s name suffix); globally unique, it is the host name.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity.')
param identityClientId string

@description('Name of the storage account used as AzureWebJobsStorage.')
param storageAccountName string

@description('URL of the blob container Flex Consumption deploys the package from.')
param deploymentContainerUrl string

@description('Application Insights connection string (not a secret: ingestion needs Entra ID).')
param appInsightsConnectionString string

@description('Memory per instance: 512, 2048 or 4096 MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the platform may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Instances kept warm (0 = scale to zero, cold starts allowed).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstances int

@description('CompileSchedule: NCRONTAB schedule of the yearly compile (timer trigger %CompileSchedule%).')
param compileSchedule string

@description('Pipeline__MaxDocumentBytes (PipelineOptions.MaxDocumentBytes).')
param maxDocumentBytes int

@description('Pipeline__ParagraphsPerWorkItem (PipelineOptions.ParagraphsPerWorkItem).')
param paragraphsPerWorkItem int

@description('Web origins whose pages may call the API from a browser (portals), e.g. https://wsis.example.org; none by default.')
param corsAllowedOrigins string[]

// Every app setting, spelled out so a reader (and Serverless.InfraTests) sees exactly what the app gets.
// Storage is reached with the identity-based form of AzureWebJobsStorage: the host and the app (StorageOptions)
// build blob, queue and table endpoints from the account name and sign in as the user-assigned identity. There
// is deliberately no plain `AzureWebJobsStorage` setting: a connection string would carry an account key.
// Flex Consumption takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME and
// FUNCTIONS_EXTENSION_VERSION must not be app settings there.
var appSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'AzureWebJobsStorage__clientId'
    value: identityClientId
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: appInsightsConnectionString
  }
  {
    // Telemetry is sent with Entra ID as this identity (the component has local authentication disabled).
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'ClientId=${identityClientId};Authorization=AAD'
  }
  {
    name: 'CompileSchedule'
    value: compileSchedule
  }
  {
    // The reconciliation timer (%ReconcileSchedule%): drives on documents a stopped worker left unfinished.
    name: 'ReconcileSchedule'
    value: '*/30 * * * * *'
  }
  {
    name: 'Pipeline__MaxDocumentBytes'
    value: string(maxDocumentBytes)
  }
  {
    name: 'Pipeline__ParagraphsPerWorkItem'
    value: string(paragraphsPerWorkItem)
  }
  {
    // A first-generation budget of 128 MB (hexadecimal, as the runtime reads it; it has no runtimeconfig.json
    // equivalent). With the default, the collector handed gen0 memory back after each collection and a parse of
    // 1 MB touched about 1,000 fresh pages again (page faults cost several microseconds each on a VM); with this
    // budget, about 120. See tests/Serverless.Benchmarks/results/segmentation.md.
    name: 'DOTNET_GCgen0size'
    value: '0x8000000'
  }
]

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: appSettings
      // The platform answers CORS preflights and adds the headers before the worker runs; the worker's own answers
      // carry Link, ETag and Location, which scripts may read only when exposed (the platform exposes response headers).
      cors: {
        allowedOrigins: corsAllowedOrigins
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
        alwaysReady: alwaysReadyInstances > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyInstances
              }
            ]
          : []
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Publishing signs in with Entra ID (az CLI, Core Tools, azure/login in CI); basic publishing credentials off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Name of the function app, for publishing.')
output name string = app.name

@description('Default host name: the API is under https://<host>/api.')
output defaultHostName string = app.properties.defaultHostName
