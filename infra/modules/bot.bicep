// The Azure Bot registration: the bot's identity (a user-assigned managed identity), its messaging endpoint, and
// the Microsoft Teams channel.

@description('The Azure Bot resource name (global).')
param botServiceName string

@maxLength(42)
param botDisplayName string

@allowed(['F0', 'S1'])
param botServiceSku string

@description('Client id of the managed identity: the bot\'s Microsoft App ID (MicrosoftAppId).')
param identityClientId string

param identityTenantId string

param identityResourceId string

@description('https://<host>/api/messages')
param messagingEndpoint string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: messagingEndpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: identityClientId
    msaAppTenantId: identityTenantId
    msaAppMSIResourceId: identityResourceId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

output botServiceName string = botService.name
