// The storage account behind the app: host storage (AzureWebJobsStorage), the app's own containers, queues
// and tables, and the container Flex Consumption deploys the app package from.
// Secure by default: HTTPS and TLS 1.2 only, no anonymous blob access, no shared keys (Entra ID only).

@description('Storage account name: 3-24 lower-case letters and digits, globally unique.')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Replication: Standard_LRS is enough for dev; Standard_ZRS survives the loss of a zone.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Days a deleted blob or container can be restored.')
@minValue(1)
@maxValue(365)
param softDeleteRetentionDays int

@description('Blob containers the app uses (StorageNames.Containers).')
param containerNames string[]

@description('Queues the app uses, poison queues included (StorageNames.Queues).')
param queueNames string[]

@description('Tables the app uses (StorageNames.Tables).')
param tableNames string[]

@description('The container Flex Consumption reads the deployed app package from.')
param deploymentContainerName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // Shared keys off: every caller (the app, the portal, az CLI, azcopy) signs in with Entra ID.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowCrossTenantReplication: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Every upload is kept: a blob overwritten or deleted in the intake container (by a tool writing straight into
    // storage, where the platform's conditional writes do not apply) stays readable as an earlier version.
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: softDeleteRetentionDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in concat(containerNames, [deploymentContainerName]): {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

// Blob events of this account. Flex Consumption runs the blob trigger only with the Event Grid source: the
// trigger on `incoming` is fed by a subscription of this topic to the app's blobs extension webhook. That
// subscription needs the app's blobs_extension system key, which exists only once the code is published, so
// it is created after publishing (see infra/README.md and .github/workflows/ci.yml), never stored here.
resource blobEvents 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: 'evgt-${name}'
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('Storage account name, for AzureWebJobsStorage__accountName.')
output name string = storage.name

@description('Storage account resource id, the scope of the data-plane role assignments.')
output id string = storage.id

@description('URL of the deployment container, for the Flex Consumption deployment storage.')
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'

@description('Static website endpoint of the account: where the portal page is served once published to $web.')
output webEndpoint string = storage.properties.primaryEndpoints.web

@description('Event Grid system topic of the account\'s blob events, for the blob trigger subscription.')
output blobEventsTopicName string = blobEvents.name
