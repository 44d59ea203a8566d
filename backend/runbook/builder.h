// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "runbook.h"

#include <QMap>
#include <QStringList>

namespace pgpilot {

// Builds phases 0 (pre-flight) to 5 (failover validation) for a validated worksheet. Pure: no I/O
// beyond the embedded templates. Secrets appear only as {{secret:<key>}} placeholders in file
// contents and stdin (see requiredSecrets()).
Runbook buildRunbook(const ClusterSpec& spec);

// The worksheet of an adopted cluster once phase (1-4) has converged on it: the phase recorded,
// the monitor's login and health reading moved to what pgpilot set up (pgpilot_monitor from phase 3,
// pgpilot-health and HAProxy's stats from phase 4); with all four, the adopted section is dropped.
ClusterSpec specAfterConverge(const ClusterSpec& spec, int phase);
// Why phase must not run yet on an adopted cluster (empty: it may): phases 2-4 wait for the ones
// before them, phase 5 for all four. Set as phase 5's Phase::refusal by the builder.
QString convergeRefusal(const ClusterSpec& spec, int phase);

// The SQL (run in the repmgr database, as postgres) that creates pgpilot's monitoring role with
// its grants; password goes between single quotes: the SCRAM verifier's placeholder (or, in
// tests, a value without quotes).
QString monitorRoleSql(const QString& password);

// Operations are phases too, numbered after the runbook's so progress and audit keep them apart.
inline constexpr int kSwitchoverPhase = 8; // its step ids start with "p8."
// A planned switchover that makes target the primary (empty phase when target is not a node).
Phase buildSwitchover(const ClusterSpec& spec, const QString& target);

// The other operations (backend/ops runs them; step ids start with "p<number>.").
inline constexpr int kRejoinPhase = 9;
inline constexpr int kFencePhase = 10;
inline constexpr int kAddStandbyPhase = 11;
inline constexpr int kRemoveStandbyPhase = 12;
// rotate-secrets: new passwords for passwordRoles() on the database, in .pgpass and in the keychain
// (the node argument is ignored). Its steps read the pending keys (pendingSecretKey).
inline constexpr int kRotateSecretsPhase = 13;
// renew-certs: a new key and certificate for every node (verified TLS), installed and reloaded
// without a restart; its steps read the pending keys of tlsNodeKeyKey/tlsNodeCertKey.
inline constexpr int kRenewCertsPhase = 14;
// Backups (a worksheet with a pgBackRest repository host; the node argument is ignored):
// backup takes the type (full, diff or incr) as option; restore-drill restores the newest backup
// and every archived segment on the repository host and finds the marker row written just before.
inline constexpr int kBackupPhase = 15;
inline constexpr int kRestoreDrillPhase = 16;
// restore: point-in-time recovery of the whole cluster; the option is the target time in
// pgBackRest's form (restoreTargetTime in ops/operationrunner.h).
inline constexpr int kRestorePhase = 17;

// pause / unpause (issue 20): `repmgr service pause` / `unpause` run on the primary as postgres,
// and the window recorded in the cluster (pauseTable() in the repmgr database, written on the
// primary and replicated), so that every pgpilot and the headless watcher read it.
inline constexpr int kPausePhase = 18;
inline constexpr int kUnpausePhase = 19;
QString pauseTable(); // pgpilot.failover_pause

// An operation as three phases: read-only pre-checks (checkpoint criteria only), the steps, and
// the verification (checkpoint criteria only). Every phase carries the operation's number. The
// criterion "current-primary" of the pre-checks names the primary it found in its result's node.
// Empty phases (no steps, no criteria) when node is not a row of spec.
struct OperationPhases
{
    Phase prechecks;
    Phase steps;
    Phase verification;
};
// number: kSwitchoverPhase .. kRenewCertsPhase. reclone: rejoin by a fresh clone instead of
// pg_rewind. For kRemoveStandbyPhase, spec still holds the node (the others' files are rendered
// without it).
OperationPhases buildOperationPhases(const ClusterSpec& spec, int number, const QString& node,
    bool reclone = false, const QString& option = {});

// What a pause or unpause records: the window in minutes (pause only), who asked ("user@host")
// and why (pause only; any text: it reaches SQL only hex-encoded).
struct PauseRequest
{
    bool pause = true;
    int minutes = 60;
    QString by;
    QString reason;
};
// The phases of pgpilot pause (request.pause) or unpause: pre-checks (every node answers, repmgrd
// runs everywhere, one primary, repmgr's own dry run), the steps on the primary, the verification
// on every node.
OperationPhases buildPausePhases(const ClusterSpec& spec, const PauseRequest& request);

// Rolling operations (issue 20): the standbys one at a time (each streaming and caught up before
// the next), then a switchover to a caught-up standby, then the old primary, and optionally a
// switchover back. rolling-restart restarts PostgreSQL everywhere (new settings take effect);
// upgrade installs the packages' new versions (apt-get --only-upgrade) in that order and
// restarts what still runs an old binary.
inline constexpr int kRollingRestartPhase = 20;
inline constexpr int kUpgradePhase = 21;
struct RollingRequest
{
    bool upgrade = false;
    QString primary; // the current primary (the pre-checks found it); empty: the worksheet's
    QString switchTo; // the standby to switch over to; empty: the first standby of the worksheet
    bool switchBack = false; // end with a switchover back to primary
    QStringList packages; // upgrade: names of upgradePackageNames()
};
// The names `upgrade --packages` takes: postgresql, repmgr, haproxy, keepalived, pgbackrest.
QStringList upgradePackageNames();
// Whether the operation restarts PostgreSQL on the primary, and so needs a switchover: a rolling
// restart always; an upgrade unless every package is one nothing restarts for (pgbackrest).
bool rollingNeedsSwitchover(bool upgrade, const QStringList& packages);
// The Debian packages behind one of those names for this worksheet (postgresql: the server, its
// client and libpq5; repmgr: the extension and repmgr-common); only installed ones get upgraded.
QStringList debianPackages(const ClusterSpec& spec, const QString& name);
// The phases of a rolling restart or upgrade. Empty when primary or switchTo is not a node, or
// switchTo is the primary.
OperationPhases buildRollingPhases(const ClusterSpec& spec, const RollingRequest& request);
// Where a rolling restart keeps the time it started on each node (epoch seconds; its
// verification wants every postmaster started after it).
QString rollingMarkPath(); // /var/lib/pgpilot/rolling-restart.started
// pgpilot settings (issue 20): the worksheet's settings section applied to a cluster in service.
// Pre-checks: every node answers and takes every value (settingsValuesCriterion); steps: the
// settings file written, postgresql.conf's overriding lines commented out and PostgreSQL reloaded on
// every node, haproxy.cfg and keepalived.conf rewritten and reloaded (never restarted) where they
// differ; verification: every value in effect or waiting for a restart. What waits for a restart
// is for the rolling restart (settings/settingsdiff.h, restartNeeded()).
inline constexpr int kSettingsPhase = 22;
OperationPhases buildSettingsPhases(const ClusterSpec& spec);
// The read-only command (as postgres, on any node) that prints that node's pg_settings rows of the
// worksheet's parameters and of those pgpilot's settings file holds, as JSON (parseSettingsRows).
QString settingsReadCommand(const ClusterSpec& spec);

// Where a fenced node keeps its mark (the health service reads it and answers 503 to everything).
QString fenceMarkerPath(); // /var/lib/pgpilot/fenced

// The node-side command that creates directory path (and what is missing above it) for owner with
// mode, refusing (exit 73) where another account, or everyone, could swap a directory on the way
// for a link; inside owner's own directories it runs as owner. Every directory the runbook makes.
QString mkdirCommand(const QString& path, const QString& owner, const QString& mode);

// Every keychain key the runbook's placeholders name, sorted, without duplicates.
QStringList requiredSecrets(const Runbook& runbook);

// A readable /bin/sh script per node (dry run / review): every step's probe and actions in order,
// files as quoted heredocs, secrets as placeholders, checkpoints as commented checks.
QMap<QString, QString> exportScripts(const Runbook& runbook);

} // namespace pgpilot
