"""pgpilot's node-side health service and repmgr hooks, run through pgpilot-health.py beside this
package: listener (allowlist and bounds), service (HTTP answers), prober (the local PostgreSQL),
guard (quorum guard), hooks (validate-candidate, promote, quorum-stop), common (psql and helpers).
Managed by pgpilot: rewritten whole on every run."""
