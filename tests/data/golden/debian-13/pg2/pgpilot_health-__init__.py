"""pgpilot health service, as modules beside /usr/local/lib/pgpilot/pgpilot-health.py (the entry
script): common (psql, markers), auth (the cluster health key and the peers' proofs), prober (the
local status), guard (the quorum guard), server (the bounded HTTP service) and failover
(repmgr's validation, promote and quorum-stop commands). Managed by pgpilot: rewritten whole on
every run."""
