#!/usr/bin/env bash
# The five services, their ports and their dist entry points, in one place.
# shellcheck disable=SC2034
CAREER_SERVICES=(client-intake scheduling skills-assessment document-generation outcomes-reporting)
declare -A CAREER_PORTS=([client-intake]=3001 [scheduling]=3002 [skills-assessment]=3003 [document-generation]=3004 [outcomes-reporting]=3005)
career_entry() { echo "dist/services/$1/src/main.js"; }
