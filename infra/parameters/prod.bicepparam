// Production: zone-redundant storage, a month of soft delete, longer log retention, room to scale out
// the queue-triggered classification, one always-ready instance for the portals' HTTP calls.
using '../main.bicep'

param environmentName = 'prod'
param storageSkuName = 'Standard_ZRS'
param softDeleteRetentionDays = 30
param logRetentionDays = 90
param instanceMemoryMB = 2048
param maximumInstanceCount = 100
param alwaysReadyInstances = 1
param tags = {
  costCenter: 'wsis'
}
