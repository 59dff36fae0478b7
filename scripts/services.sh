#!/usr/bin/env bash
# The six services, their ports and their dist entry points, in one place.
# shellcheck disable=SC2034
CAREER_SERVICES=(client-intake scheduling skills-assessment document-generation outcomes-reporting notifications)
declare -A CAREER_PORTS=([client-intake]=3001 [scheduling]=3002 [skills-assessment]=3003 [document-generation]=3004 [outcomes-reporting]=3005 [notifications]=3006)
career_entry() { echo "dist/services/$1/src/main.js"; }
