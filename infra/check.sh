#!/usr/bin/env bash
# Checks infra/ offline: every Bicep file compiles and lints with no error and no warning (bicep exits 0 on a warning,
# even a misspelt property, so any "Warning" line fails here), and azure.parameters.json names only parameters the
# template has and every one it requires.
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

echo "infra: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
