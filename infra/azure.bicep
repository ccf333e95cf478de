// Skills Bot on Azure: a Linux App Service running the published bot, a user-assigned managed identity the bot
// authenticates as (no secret anywhere), the Azure Bot registration pointing at the app with the Teams channel,
// and, when asked for, Application Insights for the bot's OpenTelemetry traces and metrics and Azure Cache for Redis
// for the state several instances share (its connection string in a Key Vault, read through a Key Vault reference).
//
//   az deployment group create -g <resource group> -f infra/azure.bicep -p resourceBaseName=<name>
//
// The Microsoft 365 Agents Toolkit deploys it from m365agents.yml with azure.parameters.json; its outputs (BOT_ID,
// BOT_DOMAIN, ...) fill the Teams app manifest and the zip deploy.

@minLength(4)
@maxLength(20)
@description('Base for every resource name; the web app\'s name is also its host name (<name>.azurewebsites.net), so it must be unique in Azure.')
param resourceBaseName string

@description('Region of the App Service, the identity, Application Insights, Redis and the Key Vault. The Azure Bot itself is global.')
param location string = resourceGroup().location

@maxLength(42)
@description('The bot\'s name as Azure Bot Service shows it.')
param botDisplayName string = 'Skills Bot'

@description('App Service plan size. Basic or higher: always on and several instances need it.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3', 'P3v3'])
param appServiceSku string = 'B1'

@minValue(1)
@maxValue(10)
@description('Instances of the bot. More than one needs conversation state shared between instances (README: Running several instances).')
param instanceCount int = 1

@description('Azure Bot pricing tier: F0 (free; the Teams channel is a standard channel) or S1.')
@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('Create Application Insights (with its Log Analytics workspace) and send the bot\'s traces and metrics there.')
param enableApplicationInsights bool = false

@description('Create Azure Cache for Redis and a Key Vault, and give the bot ConnectionStrings:Redis as a Key Vault reference, so instances share conversation state (docs/scaling.md). On by default when instanceCount is over 1.')
param enableRedis bool = instanceCount > 1

@description('Azure Cache for Redis tier: Basic (one node, no SLA) or Standard (a primary and a replica, 99.9% SLA).')
@allowed(['Basic', 'Standard'])
param redisSku string = 'Standard'

@description('Azure Cache for Redis size in the C family: 0 = 250 MB, 1 = 1 GB, 2 = 2.5 GB, ... The bot keeps small JSON per conversation and short keys, all expiring.')
@minValue(0)
@maxValue(6)
param redisCapacity int = 0

@maxLength(500)
@description('Who to contact about the bot, shown on its /privacy and /terms pages (Legal:Contact). Empty: the organisation\'s administrator.')
param contact string = ''

param identityName string = '${resourceBaseName}-identity'
param appServicePlanName string = '${resourceBaseName}-plan'
param webAppName string = resourceBaseName
param botServiceName string = resourceBaseName
param logAnalyticsName string = '${resourceBaseName}-logs'
param applicationInsightsName string = '${resourceBaseName}-insights'
param redisName string = '${resourceBaseName}-redis'
@minLength(3)
@maxLength(24)
param keyVaultName string = '${resourceBaseName}-kv'

// The bot's identity: the Azure Bot registration and the bot's replies both use it, so there is no app password.
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = if (enableApplicationInsights) {
  name: logAnalyticsName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = if (enableApplicationInsights) {
  name: applicationInsightsName
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

module redis 'modules/redis.bicep' = if (enableRedis) {
  name: 'redis'
  params: {
    redisName: redisName
    location: location
    redisSku: redisSku
    redisCapacity: redisCapacity
    keyVaultName: keyVaultName
    readerPrincipalId: identity.properties.principalId
  }
}

resource appServicePlan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: appServicePlanName
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

// The settings the bot reads (see appsettings.sample.json); nothing here is a secret.
var botSettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.properties.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.properties.tenantId
  }
  {
    name: 'Legal__Contact'
    value: contact
  }
  {
    // The zip the deploy step uploads is mounted read-only as the site: a deploy is atomic, and the seed folder the
    // bot watches does not change under it.
    name: 'WEBSITE_RUN_FROM_PACKAGE'
    value: '1'
  }
]
var telemetrySettings = enableApplicationInsights
  ? [
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        value: applicationInsights.?properties.ConnectionString ?? ''
      }
    ]
  : []
// The connection string is a Key Vault reference App Service resolves with the bot's identity, never the string itself.
// The prefix is this deployment's, so deployments pointed at one cache later do not share keys.
var redisSettings = enableRedis
  ? [
      {
        name: 'ConnectionStrings__Redis'
        value: redis.?outputs.connectionStringReference ?? ''
      }
      {
        name: 'Redis__KeyPrefix'
        value: 'skills-bot:${toLower(resourceBaseName)}'
      }
    ]
  : []

resource webApp 'Microsoft.Web/sites@2024-04-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    // Azure Bot Service has no session affinity either: any instance may get any turn.
    clientAffinityEnabled: false
    // Key Vault references (ConnectionStrings__Redis) are read as the bot's identity, the web app's only one.
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet ChatBot.dll'
      alwaysOn: true
      // 200 once the store is loaded; an instance that fails it is taken out of the load balancer and replaced.
      healthCheckPath: '/readyz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(botSettings, telemetrySettings, redisSettings)
    }
  }
}

module bot 'modules/bot.bicep' = {
  name: 'azure-bot'
  params: {
    botServiceName: botServiceName
    botDisplayName: botDisplayName
    botServiceSku: botServiceSku
    identityClientId: identity.properties.clientId
    identityTenantId: identity.properties.tenantId
    identityResourceId: identity.id
    messagingEndpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
  }
}

// Written to env/.env.<environment> by the Toolkit: the manifest's ${{BOT_ID}} and ${{BOT_DOMAIN}}, the zip deploy's target.
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_SERVICE_NAME string = bot.outputs.botServiceName
