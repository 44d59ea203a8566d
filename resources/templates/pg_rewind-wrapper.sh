#!/bin/sh
# Managed by pgpilot (cluster {{cluster}}): rewritten whole on every run.
# repmgr node rejoin --force-rewind=<this file> runs pg_rewind without telling it where Debian
# keeps postgresql.conf; pg_rewind then fails to find the configuration in the data directory.
exec {{bin_dir}}/pg_rewind --config-file={{config_dir}}/postgresql.conf "$@"
