#!/usr/bin/env bash
# Fails when a committed GraphQL artifact drifts from the code: api/schema.graphql (emitted from
# the resolvers) or the dashboard's typed documents (generated from that schema).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp api/schema.graphql "$tmp/schema.graphql"
cp -r dashboard/src/graphql/generated "$tmp/generated"
npx -y pnpm@12.4.2 --silent --filter @talentloop/api schema >/dev/null
npx -y pnpm@12.4.2 --silent --filter @talentloop/dashboard codegen >/dev/null
status=0
if ! diff -q "$tmp/schema.graphql" api/schema.graphql >/dev/null; then
  echo "api/schema.graphql is out of date: run 'pnpm --filter @talentloop/api schema' and commit it" >&2
  status=1
fi
if ! diff -qr "$tmp/generated" dashboard/src/graphql/generated >/dev/null; then
  echo "dashboard/src/graphql/generated is out of date: run 'pnpm --filter @talentloop/dashboard codegen' and commit it" >&2
  status=1
fi
exit $status
