// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to backend/runbook (not installed; callers use builder.h): the class behind
// buildRunbook(), buildSwitchover() and buildOperationPhases(). Its members are defined by topic:
//   builderutil.cpp      command, action, step and criterion helpers
//   checkpoints.cpp      the checkpoint criteria the phases and operations share
//   phase0preflight.cpp .. phase5failover.cpp   one file per runbook phase
//   operations.cpp       the operations' dispatcher and shared shell snippets
//   opswitchover.cpp, oprejoin.cpp, opfence.cpp, opstandby.cpp, oprotate.cpp, oprolling.cpp, ...
//                        one file per operation
// It stays pgpilot::Builder: lupdate files the tr() strings of its members under that context.

#include "builder.h"
#include "cluster/clusterspec.h"
#include "configfiles.h"
#include "platform/platformprofile.h"
#include "runbook.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace pgpilot {

// Everything the phases share: the spec and the commands derived from it.
class Builder
{
public:
    explicit Builder(const ClusterSpec& spec);

    Runbook build();

    static QString outlivesCaller(const QString& command);

    // A planned switchover to target: repmgr's dry run first, then the switchover with the other
    // standbys following, then wait until the VIP's write port reaches target.
    Phase switchover(const QString& target) const;

    OperationPhases operation(
        int number, const QString& target, bool reclone, const QString& option = {}) const;
    // pause / unpause automatic failover (oppause.cpp; buildPausePhases).
    void pauseOperation(const PauseRequest& request, OperationPhases& ops) const;
    // rolling restart / upgrade (oprolling.cpp; buildRollingPhases).
    void rollingOperation(const RollingRequest& request, OperationPhases& ops) const;
    // pgpilot settings --apply (settingsphases.cpp; buildSettingsPhases).
    void settingsOperation(OperationPhases& ops) const;

private:
    // Strings are looked up under "pgpilot::Runbook" at run time (see translations/README.md).
    static QString tr(const char* source);

    static constexpr int kMinute = 60 * 1000;
    static inline const QString kPostgres = QStringLiteral("postgres");
    static inline const QString kRoot = QStringLiteral("root");

    const ClusterSpec& m_spec;
    const int m_v;
    const QString m_bin;
    NodeSpec m_primary;
    QList<NodeSpec> m_standbys;

    // ---- command helpers (builderutil.cpp) ---------------------------------------------------

    QString v() const { return QString::number(m_v); }
    QString n() const { return QString::number(m_spec.nodes.size()); }
    QString pgPort() const { return QString::number(m_spec.ports.postgres); }

    QString psql(const QString& sql, const QString& db = QStringLiteral("postgres")) const;
    QString psqlStdin(const QString& db = QStringLiteral("postgres")) const;
    QString psqlTo(const QString& host, int port, const QString& sql) const;
    QString pgctl(const QString& action) const;
    QString repmgr(const QString& args) const;
    static QString deadlineLoop(int seconds, const QString& check, const QString& timeoutMessage,
        const QString& pause = QStringLiteral("2"));
    // Runs query (a shell command) every second for up to 30 s until its output matches
    // casePattern (a `case` pattern list, quoted as shell words), then prints its last output: a
    // criterion's command that waits for a state to settle and is judged on what it saw last.
    static QString pollUntilSettled(const QString& query, const QString& casePattern);

    static Action run(const QString& description, const QString& command, const QString& runAs = kRoot,
        int timeoutMs = 2 * kMinute);
    static Action runStdin(
        const QString& description, const QString& command, const QString& runAs, const QString& stdinText);
    static Action write(const QString& description, const RenderedFile& f, const QString& pathOverride = {});
    static QString mkdir(
        const QString& path, const QString& owner = kRoot, const QString& mode = QStringLiteral("0755"));

    static bool hasSecret(const RenderedFile& f) { return hasSecretPlaceholder(f.content); }
    static QString fileProbe(const RenderedFile& f);
    static QString statProbe(const RenderedFile& f); // owner, group and mode only

    QString awkBlockMatch(const QString& word) const;
    QString blockText(const RenderedFile& f) const;
    QString blockDropAwk() const; // awk that prints a file without pgpilot's block
    QString writeBlockCommand(const RenderedFile& f) const;
    QString blockProbe(const RenderedFile& f) const;
    // Prints the file as writeBlockCommand would leave it (read-only, for the converge preview).
    QString blockPreviewCommand(const RenderedFile& f) const;
    // run(description, writeBlockCommand(f)) with its preview set.
    Action blockWrite(const QString& description, const RenderedFile& f, const QString& runAs = kRoot) const;
    // a, marked as reloading, restarting or stopping unit (shown in the converge preview).
    static Action affects(Action a, Action::ServiceEffect effect, const QString& unit);

    QList<Action> writeValidated(
        const QString& description, const RenderedFile& f, const QString& checker) const;

    NodeWork work(const NodeSpec& node, const QList<Action>& actions, const QString& probe = {},
        const QString& probeRunAs = kRoot) const;

    static Step step(const QString& id, const QString& title, Step::Target target,
        const QList<NodeWork>& work, const QString& hint, bool sequential = false);

    template <typename F>
    Step forAll(const QString& id, const QString& title, const QString& hint, F perNode) const
    {
        QList<NodeWork> list;
        for (const NodeSpec& node : m_spec.nodes)
            list << perNode(node);
        return step(id, title, Step::Target::AllNodes, list, hint);
    }

    QStringList allNames() const;
    const NodeSpec* nodeByName(const QString& name) const;

    // ---- criteria helpers (builderutil.cpp) --------------------------------------------------

    using NodeCheck = std::function<CriterionResult(const NodeSpec&, const CommandOutput&)>;

    static CriterionResult result(bool passed, const QString& node, const QString& expected,
        const QString& seen, const QString& cause = {});
    static QString text(const QByteArray& bytes) { return QString::fromUtf8(bytes).trimmed(); }
    static CriterionResult unreachable(const QString& node, const CommandOutput* out);
    Criterion criterion(const QString& id, const QString& description, Step::Target target,
        const QStringList& nodes, const QString& command, const QString& runAs = kRoot) const;
    Criterion perNode(const QString& id, const QString& description, const QString& command, NodeCheck check,
        const QString& runAs = kRoot, Step::Target target = Step::Target::AllNodes) const;
    Criterion onNode(const QString& id, const QString& description, const NodeSpec& node,
        const QString& command, NodeCheck check, const QString& runAs = kRoot) const;

    // ---- checkpoint criteria (checkpoints.cpp) -----------------------------------------------

    Criterion currentPrimaryCriterion(const QString& exclude) const;
    Criterion reachCriterion() const;
    Criterion reachOne(const NodeSpec& node) const;
    QString streamingSql() const;
    Criterion nodeStreamsCriterion(const NodeSpec& node) const;
    Criterion vipReachesCriterion(int port, const NodeSpec& node, bool want, const NodeSpec& runOn) const;
    Criterion clusterShowCriterion() const;
    Criterion replicationCriterion() const;
    Criterion repmgrdCriterion() const;
    Criterion sshCriterion() const;
    // The password under key (default: the repmgr key) logs in as role to database on every node
    // (from the first node of the worksheet, .pgpass kept out).
    Criterion storedPasswordCriterion(const QString& role = QStringLiteral("repmgr"), const QString& key = {},
        const QString& database = QStringLiteral("repmgr")) const;
    // postgres's .pgpass logs in as repmgr on every node, from every node.
    Criterion pgpassLoginCriterion() const;
    QString vipPortCheck(int port, const QString& want) const;
    Criterion vipCriterion() const;
    Criterion portCriterion(int port, bool wantRecovery) const;
    Criterion healthCriterion() const;
    Criterion statsCriterion() const;
    // Verified TLS (checkpointstls.cpp): the node serves the certificate the cluster CA issued
    // for it and pg_hba has no non-TLS rule beyond loopback; every walsender is encrypted and
    // every WAL receiver connects with sslmode=verify-full.
    Criterion tlsServerCriterion() const;
    Criterion tlsReplicationCriterion() const;
    // renew-certs' verification: the node serves the certificate in its file (as a TLS client sees
    // it, verified against the cluster CA).
    QList<Criterion> tlsServedCriteria() const;

    // ---- operations (operations.cpp, op*.cpp) ------------------------------------------------

    QString opId(int number, const QString& rest) const;
    QString dataDir() const { return postgresDataDir(m_v); }
    QString findPrimaryShell(const QString& exclude) const;
    // Finds the current primary (not node) and clones node from it with repmgr, replacing its
    // data directory: add-standby and a rejoin with re-clone.
    QString cloneFromPrimaryShell(const NodeSpec& node) const;
    QString stopPostgresShell() const;
    QString postgresStoppedProbe() const;
    Step oneStep(int number, const QString& id, const QString& title, const NodeSpec& node,
        const QList<Action>& actions, const QString& hint, const QString& probe = {},
        const QString& probeRunAs = kRoot) const;
    Action waitStreaming(const NodeSpec& node, int seconds) const;
    RenderedFile fencedStartConf(const NodeSpec& node) const;

    void switchoverOperation(const NodeSpec& node, OperationPhases& ops) const;
    void rejoinOperation(const NodeSpec& node, bool reclone, OperationPhases& ops) const;
    void fenceOperation(const NodeSpec& node, OperationPhases& ops) const;
    void addStandbyOperation(const NodeSpec& node, OperationPhases& ops) const;
    Step cloneStep(const NodeSpec& node) const;
    void removeStandbyOperation(const NodeSpec& node, OperationPhases& ops) const;
    void rotateOperation(OperationPhases& ops) const;

    // ---- rolling restart and upgrade (oprolling.cpp) -----------------------------------------

    QString installedPackagesShell(const QStringList& names) const; // sets $pkgs
    static QString staleFunctionShell(); // defines stale UNIT (runs a replaced binary)
    QStringList serviceUnits() const; // PostgreSQL, repmgrd, HAProxy, Keepalived
    Action caughtUp(const NodeSpec& node, int seconds) const;
    Action mustBeStandby(const NodeSpec& node) const;
    Step rollingNodeStep(
        const RollingRequest& r, const NodeSpec& node, bool wasPrimary, bool asPrimary) const;
    QList<Step> rollingSwitchover(int number, const NodeSpec& target, const QString& name) const;
    Criterion restartedCriterion() const;
    Criterion upgradedCriterion(const QStringList& names) const;
    Criterion packagesCriterion(const QStringList& names) const;
    void renewCertsOperation(OperationPhases& ops) const;

    // ---- phases (phase0preflight.cpp .. phase5failover.cpp) ----------------------------------

    Phase phase0() const;
    Phase phase1() const;
    QString settingsOkSql() const;
    Phase phase2() const;
    Criterion settingsCriterion(const QString& id, bool primaryMayWait) const;
    static QString overridesAwk(const RenderedFile& dropIn, bool count);
    QString lowerSettingGuard() const;
    QString repmgrRoleSql() const;
    QString registeredProbe(const NodeSpec& node) const;
    QString authorizedKeysCommand() const;
    QString haproxyEnvCurrent() const;
    QString monitorRoleSql() const;
    QString monitorRoleProbe() const;
    QString unitProbe(const RenderedFile& unit, const QString& name) const;
    Phase phase3() const;
    Phase phase4() const;
    Step restartPrimaryBySwitchover(
        const NodeSpec& target, const QString& id = QStringLiteral("p4.restart-primary")) const;
    // The health script and its package, with the directories they need; their probes to *probes.
    QList<Action> healthScriptActions(const NodeSpec& node, QStringList* probes) const;
    QString markerFile() const;
    QString csvHealthyCheck(int wantRows, int wantStandbys) const;
    Phase phase5() const;
    // The package source of phase 1 for one host (also the backup repository host in phase 6).
    NodeWork aptSourceWork(const NodeSpec& node) const;

    // ---- backups (phase6backups.cpp, opbackup.cpp) -------------------------------------------

    Phase phase6() const;
    void repositoryHostAccess(Phase& p) const; // the repository host's account and SSH
    void mountedRepository(Phase& p) const; // the repository mounted on every node
    QString mountCheck() const; // shell: the repository path is a mounted directory
    void cipherActions(const QString& host, QList<Action>* actions, QString* probe) const;
    void phase6Archiving(Phase& p) const; // archive_command, and the restarts archive_mode needs
    void phase6Backup(Phase& p) const; // stanza, check, first full backup, schedule
    void phase6Checkpoint(Phase& p) const;
    // The repository's side of the backups (backupwork.cpp): on the repository host, or, with a
    // repository mounted on the nodes, on every node with each action run only where
    // pgpilot-backup-run says the backups run now (the others print who does and succeed).
    QList<NodeWork> repositoryWork(
        const QList<Action>& actions, const QString& probe = {}, const QString& probeRunAs = kRoot) const;
    // A criterion read from the repository: on its host, or on every node of a mounted one and
    // judged on the first that answers with exit status 0 (else the first that answers).
    Criterion repositoryCriterion(const QString& id, const QString& description, const QString& command,
        NodeCheck check, const QString& runAs) const;
    // Names the repository in messages: its host, or "the nodes (mounted /path)".
    QString repositoryName() const;
    // A backup of type: on the repository host, or through pgpilot-backup-run on every node.
    QList<NodeWork> backupWork(const QString& type, const QString& probe = {}) const;
    QString fullBackupExists() const; // exit 0: a full backup without error is in the repository
    QString isPrimaryShell() const; // exit 0 on the node whose PostgreSQL is out of recovery
    NodeWork authorizedKeyWork(const NodeSpec& host, const QString& user, const QString& home,
        const QString& options, const QString& keyKey, const QString& tag, const QString& description) const;
    // mode "immediate" (the newest backup) or "archive" (and every archived segment after it).
    Criterion drillCriterion(const QString& id, const QString& mode) const;
    // every host, the repository's too; !everyNode: a node that does not answer is left out.
    Criterion versionsCriterion(const QString& id, bool everyNode = true) const;
    // The primary (whichever node it is now) writes a marker row for the drills.
    Step markerStep(const QString& id, const QString& note) const;
    QString markerSql(const QString& note) const; // creates the marker table, inserts one row
    void backupOperation(const QString& type, OperationPhases& ops) const;
    void restoreDrillOperation(OperationPhases& ops) const;
    void restoreOperation(const QString& targetTime, OperationPhases& ops) const; // oprestore.cpp
    QString drillCommand(const QString& mode, const QString& targetTime = {}) const;

    // ---- pause / unpause (oppause.cpp) -------------------------------------------------------

    // Shell (as postgres): exit 0 on the node whose PostgreSQL is out of recovery.
    QString primaryHereShell() const;
    // Shell (as postgres, on the primary): prints "pgpilot: ... already ..." and exits 0 when every
    // node already reports the wanted state, else runs repmgr service pause or unpause.
    QString pauseCommand(bool pause) const;
    Criterion pauseStateCriterion(bool pause) const;
    Criterion pauseDryRunCriterion(bool pause) const;
    Criterion pausedCriterion(bool wantPaused) const;
    Criterion pauseWindowCriterion(bool wantOpen) const;

    // ---- the worksheet's settings (settingsphases.cpp; phase 2, phase 4, pgpilot settings) -----

    // Shell (as postgres): exit 0 when the cluster is in service (repmgr has registered nodes):
    // phase 2 then leaves restarts to the rolling restart.
    QString inServiceShell() const;
    // psql (as postgres) printing the node's rows for the worksheet's parameters (settingsQuerySql).
    QString settingsReadShell() const;
    // conf.d/pgpilot-settings.conf: the previous file kept, the new one written, PostgreSQL reloaded
    // and, once it has read it, the file's lines checked (pg_file_settings); a value it refuses puts
    // the previous file back and fails. The probe: the file as rendered, and no line refused.
    QList<Action> settingsFileActions(const RenderedFile& f) const;
    QString settingsFileProbe(const RenderedFile& f) const;
    // postgresql.conf's lines after include_dir that would override the drop-in or the settings file
    // commented out (p2.conf-overrides), then a reload.
    NodeWork confOverridesWork(const NodeSpec& node) const;
    // The worksheet's parameters against each node's pg_settings (read-only): every value one the
    // server takes (settings/pgparameters.h). written: after the file was written, so a value that
    // is still not in effect (and not waiting for a restart) fails too.
    Criterion settingsValuesCriterion(const QString& id, bool written) const;
    // haproxy.cfg's and keepalived.conf's checkers, for writeValidated (phase4routing.cpp).
    static QString haproxyChecker();
    static QString keepalivedChecker();
};

} // namespace pgpilot
