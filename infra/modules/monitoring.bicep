// Log Analytics workspace + workspace-based Application Insights. Local (instrumentation key) authentication
// is disabled: telemetry is accepted only from callers signed in with Entra ID, here the app's managed identity
// holding Monitoring Metrics Publisher on the component (APPLICATIONINSIGHTS_AUTHENTICATION_STRING).

@description('Name prefix of the workspace and the component.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to every resource.')
param tags { *: string }

@description('Days logs are kept in the workspace.')
@minValue(30)
@maxValue(730)
param retentionInDays int

@description('Accept telemetry only from callers signed in with Entra ID (instrumentation key alone is refused).')
param disableLocalAuth bool

@description('Resource id of the identity allowed to send telemetry: known before deployment, so it names the assignment.')
param publisherIdentityId string

@description('Principal id of that identity.')
param publisherPrincipalId string

// Monitoring Metrics Publisher: the data-plane role that lets an Entra ID caller ingest telemetry into a
// component with local authentication disabled. Nothing broader (no read of logs, no control plane).
var monitoringMetricsPublisherRoleId = '3913510d-42f4-4e42-8a64-420c390055eb'

resource workspace 'Microsoft.OperationalInsights/workspaces@2025-02-01' = {
  name: 'log-${name}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
    features: {
      enableLogAccessUsingOnlyResourcePermissions: true
    }
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${name}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    DisableLocalAuth: disableLocalAuth
    IngestionMode: 'LogAnalytics'
  }
}

resource publisher 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, publisherIdentityId, monitoringMetricsPublisherRoleId)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId(
      'Microsoft.Authorization/roleDefinitions',
      monitoringMetricsPublisherRoleId
    )
    principalId: publisherPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Connection string of the component: an endpoint and an id, not a secret (ingestion needs Entra ID).')
output connectionString string = appInsights.properties.ConnectionString
