#!/usr/bin/env bash
# CI after `npm test`: the production dependencies audited (`npm audit --omit=dev`, no high or
# critical advisory allowed) and a CycloneDX SBOM of them written to .data/sbom/ (git-ignored).
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=./node24.sh
source "$root/scripts/node24.sh"
cd "$root"
status=0
node scripts/audit-dependencies.mjs || status=1
sbom=.data/sbom/bom.cdx.json
mkdir -p "$(dirname "$sbom")"
if npx --no-install cyclonedx-npm --omit dev --output-format JSON --output-file "$sbom" >/dev/null 2>.data/sbom/cyclonedx.log; then
  node -e "const b=require('./$sbom'); console.log('sbom: $sbom (' + b.bomFormat + ' ' + b.specVersion + ', ' + b.components.length + ' components)')"
else
  echo "sbom: FAILED, see .data/sbom/cyclonedx.log"
  status=1
fi
exit $status
