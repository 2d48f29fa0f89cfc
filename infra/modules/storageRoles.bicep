// Data-plane roles of the app's identity on its storage account: exactly the three the code and the Functions
// host need, scoped to this one account. No control-plane role (Contributor, Owner) and no key access.

@description('Name of the storage account (in this resource group).')
param storageAccountName string

@description('Resource id of the app\'s managed identity: known before deployment, so it names the assignments.')
param identityId string

@description('Principal id of the app\'s managed identity.')
param principalId string

var roles = [
  {
    // Storage Blob Data Owner. The Azure Functions documentation names this role both for host storage
    // (AzureWebJobsStorage: leases for singletons and the timer's schedule monitor, keys and state in the
    // azure-webjobs-* containers the host creates) and for the blob trigger (listing and reading `incoming`,
    // blob receipts); Contributor is documented only for blob input/output bindings. The same role covers
    // writing reports and the Flex Consumption deployment container. It grants no key or control-plane access.
    name: 'Storage Blob Data Owner'
    id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  }
  {
    // Storage Queue Data Contributor: queue triggers peek, dequeue, update visibility and delete messages on
    // classify-work, compile-requests, reclassify-requests and notifications; the runtime moves failed messages to the -poison queues and the
    // blob trigger to webjobs-blobtrigger-poison; the app enqueues work items. Processor or Sender alone
    // would each miss one half.
    name: 'Storage Queue Data Contributor'
    id: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  }
  {
    // Storage Table Data Contributor: the app reads, inserts, merges and deletes entities (documents,
    // paragraphs, the index, work items, summaries) and may create missing tables at start-up.
    name: 'Storage Table Data Contributor'
    id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160ff3a'
  }
]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in roles: {
    name: guid(storage.id, identityId, role.id)
    scope: storage
    properties: {
      description: '${role.name} for the function app identity'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role.id)
      principalId: principalId
      principalType: 'ServicePrincipal'
    }
  }
]
