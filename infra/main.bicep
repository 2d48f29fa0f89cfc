// WSIS document-ingestion platform on Azure: a Flex Consumption function app (.NET 10 isolated) on a storage
// account with the app's containers, queues and tables, a user-assigned managed identity holding only the
// data-plane roles it needs, and Application Insights. No keys or connection strings anywhere in app settings.
//
//   az deployment group create -g <group> --template-file infra/main.bicep --parameters infra/parameters/dev.bicepparam
//
// See infra/README.md for the settings, host.json and the deployment guide.
targetScope = 'resourceGroup'

@description('Environment: part of every resource name and picks nothing else by itself (see the .bicepparam files).')
@allowed([
  'dev'
  'prod'
])
param environmentName string

@description('Azure region; Flex Consumption must be available there.')
param location string = resourceGroup().location

@description('Short product name used in resource names (lower-case letters and digits).')
@minLength(2)
@maxLength(8)
param baseName string = 'wsis'

@description('Storage replication.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Days deleted blobs and containers can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int = 7

@description('Days logs are kept in Log Analytics.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Memory per Flex Consumption instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances Flex Consumption may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Always-ready HTTP instances (0 = scale to zero).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstances int = 0

@description('CompileSchedule: six-field NCRONTAB of the yearly summary compile, in UTC (StorageNames.DefaultCompileSchedule).')
param compileSchedule string = '0 0 6 15 1 *'

@description('Pipeline__MaxDocumentBytes: uploads larger than this end as Failed without being read (PipelineOptions).')
@minValue(1)
@maxValue(52428800)
param maxDocumentBytes int = 52428800

@description('Pipeline__ParagraphsPerWorkItem: paragraphs per classification queue message (PipelineOptions); by default one message per document.')
@minValue(1)
@maxValue(1000000)
param paragraphsPerWorkItem int = 20000

@description('Web origins whose pages may call the API from a browser (the CSTD and WSIS portals, agencies\' dashboards); none by default.')
param corsAllowedOrigins string[] = []

@description('Application Insights accepts telemetry only with Entra ID (the worker must sign its telemetry in: infra/README.md).')
param appInsightsEntraOnly bool = true

@description('Blob containers the code uses; must equal StorageNames.Containers (checked by Serverless.InfraTests).')
param containerNames string[] = [
  'incoming'
  'reports'
  'archive'
  'paragraphs'
]

@description('Queues the code uses, poison queues included; must equal StorageNames.Queues (checked by Serverless.InfraTests).')
param queueNames string[] = [
  'classify-work'
  'compile-requests'
  'reclassify-requests'
  'notifications'
  'classify-work-poison'
  'compile-requests-poison'
  'reclassify-requests-poison'
  'notifications-poison'
  'webjobs-blobtrigger-poison'
]

@description('Tables the code uses; must equal StorageNames.Tables (checked by Serverless.InfraTests).')
param tableNames string[] = [
  'documents'
  'corrections'
  'yearindex'
  'workitems'
  'summaries'
  'subscriptions'
  'deliveries'
  'renditions'
]

@description('Blob container holding the deployed app package (Flex Consumption deployment storage).')
param deploymentContainerName string = 'app-package'

@description('Extra tags for every resource.')
param tags { *: string } = {}

var suffix = take(uniqueString(subscription().id, resourceGroup().id, environmentName), 8)
var identityName = 'id-${baseName}-${environmentName}'
var storageAccountName = toLower('st${baseName}${environmentName}${suffix}')
var allTags = union(
  {
    product: 'wsis-ingestion'
    environment: environmentName
  },
  tags
)

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: allTags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    skuName: storageSkuName
    softDeleteRetentionDays: softDeleteRetentionDays
    containerNames: containerNames
    queueNames: queueNames
    tableNames: tableNames
    deploymentContainerName: deploymentContainerName
  }
}

module storageRoles 'modules/storageRoles.bicep' = {
  name: 'storage-roles'
  params: {
    storageAccountName: storageAccountName
    identityId: resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', identityName)
    principalId: identity.outputs.principalId
  }
  dependsOn: [
    storage
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: '${baseName}-${environmentName}'
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
    disableLocalAuth: appInsightsEntraOnly
    publisherIdentityId: resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', identityName)
    publisherPrincipalId: identity.outputs.principalId
  }
}

module functionApp 'modules/functionApp.bicep' = {
  name: 'function-app'
  params: {
    name: 'func-${baseName}-${environmentName}-${suffix}'
    location: location
    tags: allTags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    appInsightsConnectionString: monitoring.outputs.connectionString
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    alwaysReadyInstances: alwaysReadyInstances
    compileSchedule: compileSchedule
    maxDocumentBytes: maxDocumentBytes
    paragraphsPerWorkItem: paragraphsPerWorkItem
    corsAllowedOrigins: corsAllowedOrigins
  }
  // The app must not start before its identity can read host storage: the first start creates host
  // containers and takes leases.
  dependsOn: [
    storageRoles
  ]
}

@description('Function app name, for `az functionapp deployment source config-zip -n` or `func azure functionapp publish`.')
output functionAppName string = functionApp.outputs.name

@description('Base URL of the HTTP API.')
output apiBaseUrl string = 'https://${functionApp.outputs.defaultHostName}/api'

@description('Where the portal page (portal/dist) is served once published to the $web container (infra/README.md); its origin (without the final slash) goes into corsAllowedOrigins.')
output portalUrl string = storage.outputs.webEndpoint

@description('Storage account name, for uploads (az storage blob upload --auth-mode login).')
output storageAccountName string = storage.outputs.name

@description('Event Grid system topic to subscribe the blob trigger to, after publishing (infra/README.md).')
output blobEventsTopicName string = storage.outputs.blobEventsTopicName
