#!/usr/bin/env bash
# Checks infra/ offline: every Bicep file compiles and lints with no error and no warning (bicep exits 0 on a warning,
# even a misspelt property, so any "Warning" line fails here), and azure.parameters.json names only parameters the
# template has and every one it requires, and the compiled template keeps Redis's access key inside Azure: written only
# to the Key Vault secret, the web app given a Key Vault reference read as the bot's identity.
#
#   bash infra/check.sh
#
# The Bicep CLI comes from NuGet (Azure.Bicep.CommandLine.linux-x64, restored by tools/BicepCli.csproj), so the .NET
# SDK and Node are all it needs. Prints one line per check and `infra: N passed, M failed`; exits 1 on a failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

dotnet restore tools/BicepCli.csproj --nologo -v quiet >/dev/null
bicep=$(dotnet msbuild tools/BicepCli.csproj -nologo -getProperty:BicepPath)
[ -x "$bicep" ] || chmod u+x "$bicep"
echo "== infra: $("$bicep" --version)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
clean() { # clean NAME OUTPUT-FILE STATUS: passes when the command exited 0 and printed no warning or error
  if [ "$3" -eq 0 ] && ! grep -qE '(Warning|Error) [A-Za-z-]*[0-9]*' "$2"; then
    echo "ok    $1"; passed=$((passed + 1))
  else
    echo "FAIL  $1"; sed 's/^/      /' "$2"; failed=$((failed + 1))
  fi
}

for file in azure.bicep modules/*.bicep; do
  set +e
  "$bicep" build "$file" --outfile "$work/$(basename "$file" .bicep).json" >"$work/out" 2>&1
  status=$?
  set -e
  clean "bicep build $file" "$work/out" "$status"
  set +e
  "$bicep" lint "$file" >"$work/out" 2>&1
  status=$?
  set -e
  clean "bicep lint $file" "$work/out" "$status"
done

if node -e '
  const template = require(process.argv[1]);
  const file = require(process.argv[2]);
  const declared = Object.keys(template.parameters);
  const given = Object.keys(file.parameters);
  const unknown = given.filter((name) => !declared.includes(name));
  const missing = declared.filter((name) => !("defaultValue" in template.parameters[name]) && !given.includes(name));
  for (const name of unknown) console.log(`      ${name}: not a parameter of azure.bicep`);
  for (const name of missing) console.log(`      ${name}: required by azure.bicep, not given`);
  process.exit(unknown.length + missing.length === 0 ? 0 : 1);
' "$work/azure.json" "$PWD/azure.parameters.json"; then
  echo "ok    azure.parameters.json matches azure.bicep's parameters"; passed=$((passed + 1))
else
  echo "FAIL  azure.parameters.json matches azure.bicep's parameters"; failed=$((failed + 1))
fi

# The template's shape where it matters for secrets: Redis, its Key Vault and the reference the web app gets. Checked on
# the compiled ARM JSON (modules are inlined there), which is what Azure deploys.
node -e '
  const template = require(process.argv[1]);
  const parameterFile = require("fs").readFileSync(process.argv[2], "utf8");
  const list = (resources) => (Array.isArray(resources) ? resources : Object.values(resources ?? {}));
  const resources = list(template.resources);
  const webApp = resources.find((r) => r.type === "Microsoft.Web/sites");
  const redisModule = resources.find((r) => r.type === "Microsoft.Resources/deployments" && r.name === "redis");
  const inner = redisModule?.properties?.template ?? {};
  const innerResources = list(inner.resources);
  const cache = innerResources.find((r) => r.type === "Microsoft.Cache/redis");
  const vault = innerResources.find((r) => r.type === "Microsoft.KeyVault/vaults");
  const secret = innerResources.find((r) => r.type === "Microsoft.KeyVault/vaults/secrets");
  const roles = innerResources.filter((r) => r.type === "Microsoft.Authorization/roleAssignments");
  const settings = String(webApp?.properties?.siteConfig?.appSettings ?? "");
  const identityId = "resourceId(\x27Microsoft.ManagedIdentity/userAssignedIdentities\x27, parameters(\x27identityName\x27))";
  // "[variables(\x27name\x27)]" stands for the variable'"'"'s value.
  const resolve = (value, variables) =>
    String(value ?? "").replace(/^\[variables\(\x27([^\x27]+)\x27\)\]$/, (_, name) => String(variables?.[name] ?? ""));

  // Every string in the template, with the type of the resource it is in and its path there.
  const strings = [];
  const walk = (node, type, path) => {
    if (typeof node === "string") strings.push({ text: node, type, path });
    else if (Array.isArray(node)) node.forEach((item, i) => walk(item, type, `${path}[${i}]`));
    else if (node && typeof node === "object") {
      const here = typeof node.type === "string" && "apiVersion" in node ? node.type : type;
      for (const [key, value] of Object.entries(node)) walk(value, here, here === type ? `${path}.${key}` : key);
    }
  };
  walk(template, "", "");
  const listCalls = strings.filter((s) => /\blist[A-Za-z]*\(/.test(s.text));
  const outputs = [template.outputs, inner.outputs].flatMap((o) => Object.values(o ?? {}));

  const checks = [
    ["Redis is deployed only with enableRedis, on by default above one instance",
      redisModule?.condition === "[parameters(\x27enableRedis\x27)]" &&
      template.parameters.enableRedis?.defaultValue === "[greater(parameters(\x27instanceCount\x27), 1)]"],
    ["the cache takes TLS 1.2 only",
      cache?.properties?.enableNonSslPort === false && cache?.properties?.minimumTlsVersion === "1.2"],
    ["the Key Vault authorizes by RBAC and keeps soft delete",
      vault?.properties?.enableRbacAuthorization === true && vault?.properties?.enableSoftDelete !== false &&
      !("accessPolicies" in (vault?.properties ?? {}))],
    ["the bot\x27s identity, and only it, reads the secret (Key Vault Secrets User)",
      roles.length === 1 && resolve(roles[0].properties.roleDefinitionId, inner.variables).includes("4633458b-17de-408a-b874-0445c86b69e6") &&
      roles[0].properties.principalId === "[parameters(\x27readerPrincipalId\x27)]" &&
      /userAssignedIdentities.*\.principalId/.test(JSON.stringify(redisModule?.properties?.parameters?.readerPrincipalId))],
    ["the web app reads Key Vault references as its user-assigned identity",
      webApp?.properties?.keyVaultReferenceIdentity === `[${identityId}]` &&
      Object.keys(webApp?.identity?.userAssignedIdentities ?? {}).some((key) => key.includes(identityId))],
    ["ConnectionStrings__Redis is a Key Vault reference, and Redis__KeyPrefix is set",
      settings.includes("\x27ConnectionStrings__Redis\x27, \x27value\x27") &&
      settings.includes("\x27outputs\x27, \x27connectionStringReference\x27") &&
      settings.includes("\x27Redis__KeyPrefix\x27") &&
      /^\[format\(\x27@Microsoft\.KeyVault\(VaultName=\{0\};SecretName=\{1\}\)\x27/.test(inner.outputs?.connectionStringReference?.value ?? "")],
    ["the access key goes only into the Key Vault secret: no output, setting or parameter holds a secret",
      listCalls.length > 0 &&
      listCalls.every((s) => s.type === "Microsoft.KeyVault/vaults/secrets" && s.path === "properties.value") &&
      secret?.properties?.value?.includes("listKeys(") &&
      outputs.every((o) => !/list[A-Za-z]*\(|password|secret\(/i.test(JSON.stringify(o))) && !/password=/i.test(settings) &&
      !/password=|AccountKey=|SharedAccessKey=|@Microsoft\.KeyVault/i.test(parameterFile)],
  ];
  for (const [name, ok] of checks) console.log(`${ok ? "ok   " : "FAIL "} ${name}`);
  for (const s of listCalls.filter((s) => !(s.type === "Microsoft.KeyVault/vaults/secrets" && s.path === "properties.value")))
    console.log(`      a list*() call outside the secret: ${s.type || "template"} ${s.path}`);
' "$work/azure.json" "$PWD/azure.parameters.json" >"$work/shape" || true
cat "$work/shape"
passed=$((passed + $(grep -c '^ok' "$work/shape" || true)))
shape_failed=$(grep -c '^FAIL' "$work/shape" || true)
[ "$(grep -cE '^(ok|FAIL)' "$work/shape" || true)" -gt 0 ] || { echo "FAIL  template shape: the check did not run"; shape_failed=1; }
failed=$((failed + shape_failed))

echo "infra: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
