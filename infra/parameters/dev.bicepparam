// Development: smallest footprint, scale to zero, short retention. Storage names come from main.bicep's
// defaults (kept equal to StorageNames by Serverless.InfraTests) and are not repeated here.
using '../main.bicep'

param environmentName = 'dev'
param storageSkuName = 'Standard_LRS'
param softDeleteRetentionDays = 7
param logRetentionDays = 30
param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param alwaysReadyInstances = 0
param tags = {
  costCenter: 'wsis-dev'
}
