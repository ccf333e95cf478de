// The Redis several instances share (docs/scaling.md): Azure Cache for Redis, and its connection string as a secret in
// a Key Vault created here, readable by the bot's identity alone. The web app gets a Key Vault reference, not the
// string: the access key goes from the cache to the vault inside this deployment and is in no file, parameter or output.

@description('The cache\'s name; also its host name (<name>.redis.cache.windows.net), so unique in Azure.')
param redisName string

param location string

@description('Basic: one node, no SLA. Standard: a primary and a replica, 99.9% SLA.')
@allowed(['Basic', 'Standard'])
param redisSku string

@description('Size in the C family: 0 = 250 MB, 1 = 1 GB, 2 = 2.5 GB, ..., 6 = 53 GB.')
@minValue(0)
@maxValue(6)
param redisCapacity int

@minLength(3)
@maxLength(24)
@description('The Key Vault holding the connection string; unique in Azure.')
param keyVaultName string

@description('Principal (object) id of the managed identity that reads the secret: the web app\'s keyVaultReferenceIdentity.')
param readerPrincipalId string

resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: redisName
  location: location
  properties: {
    sku: {
      name: redisSku
      family: 'C'
      capacity: redisCapacity
    }
    redisVersion: '6'
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisConfiguration: {
      // Azure's default, stated: every key the bot writes expires, so evicting the least recently used of them keeps
      // the cache bounded.
      'maxmemory-policy': 'volatile-lru'
    }
  }
}

// Access by Azure RBAC (no access policies). Soft delete is always on (90 days' retention, the default); purge
// protection is left off, its default, so a vault deleted with a test deployment can be purged and its name reused.
resource keyVault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
  }
}

// A StackExchange.Redis configuration string (ConnectionStrings:Redis). Versionless references pick up a new value
// within 24 hours; after regenerating the cache's keys, deploy again to rewrite it.
resource connectionString 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: keyVault
  name: 'redis-connection-string'
  properties: {
    contentType: 'StackExchange.Redis configuration string'
    value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

// Key Vault Secrets User: read secret values, nothing else.
var keyVaultSecretsUser = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, readerPrincipalId, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: keyVaultSecretsUser
    principalId: readerPrincipalId
    // Given, so a just-created identity is not looked up in Entra ID before it has replicated there.
    principalType: 'ServicePrincipal'
  }
}

// The app setting's value, resolved by App Service with the web app's keyVaultReferenceIdentity; not a secret. Using
// it makes the web app wait for this whole module, the role assignment included, so its first start can read the secret.
output connectionStringReference string = '@Microsoft.KeyVault(VaultName=${keyVault.name};SecretName=${connectionString.name})'
