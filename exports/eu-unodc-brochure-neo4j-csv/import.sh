#!/bin/sh
# Loads this folder into a Neo4j 5 database with neo4j-admin (made by `kg export --format
# neo4j-csv`). Stop the database first; add --overwrite-destination to replace one that
# exists. Usage: sh import.sh [NEO4J_ADMIN_OPTION...] [DATABASE] (default: neo4j)
set -e
cd "$(dirname "$0")"
# neo4j-admin 5.19+ wants the database last, after every option: keep the options,
# take the database out.
database=neo4j
for arg do
  shift
  case $arg in
    -*) set -- "$@" "$arg" ;;
    *) database=$arg ;;
  esac
done
exec neo4j-admin database import full \
  --nodes=nodes-person.csv \
  --nodes=nodes-organisation.csv \
  --nodes=nodes-programme.csv \
  --nodes=nodes-place.csv \
  --nodes=nodes-event.csv \
  --relationships=relationships-active_in.csv \
  --relationships=relationships-attended.csv \
  --relationships=relationships-funds.csv \
  --relationships=relationships-held_in.csv \
  --relationships=relationships-mentions.csv \
  --relationships=relationships-represents.csv \
  --array-delimiter=U+001F --multiline-fields=true "$@" "$database"
