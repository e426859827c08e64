#!/usr/bin/env sh
# Builds the Teams app package (docs/operations.md, "Teams app package"):
#   teams/package.sh <MicrosoftAppId> <bot host name> [version] [developer name]
# writes teams/out/botapp-teams-<version>.zip with manifest.json, en-us.json and both icons at the zip's root.
set -eu
app_id=${1:?MicrosoftAppId (the bot registration GUID)}
domain=${2:?host name the bot is reached at, e.g. bot.example.com}
version=${3:-1.0.0}
developer=${4:-BotApp}
here=$(cd "$(dirname "$0")" && pwd)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
sed -e "s|\${{MICROSOFT_APP_ID}}|$app_id|g" -e "s|\${{BOT_DOMAIN}}|$domain|g" \
    -e "s|\${{APP_VERSION}}|$version|g" -e "s|\${{DEVELOPER_NAME}}|$developer|g" \
    "$here/manifest.json" > "$stage/manifest.json"
if grep -q '\${{' "$stage/manifest.json"; then echo "placeholder left in manifest.json" >&2; exit 1; fi
cp "$here/en-us.json" "$here/color.png" "$here/outline.png" "$stage/"
mkdir -p "$here/out"
rm -f "$here/out/botapp-teams-$version.zip"
(cd "$stage" && zip -q -X "$here/out/botapp-teams-$version.zip" manifest.json en-us.json color.png outline.png)
echo "$here/out/botapp-teams-$version.zip"
