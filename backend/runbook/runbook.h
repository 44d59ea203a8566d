// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

namespace pgpilot {

// The runbook as plain data: what to do on which node, in which order, and how to tell that a
// phase worked. Built from a ClusterSpec (runbook/builder), run by the Executor (exec/), shown by
// the wizard, exported as shell scripts for review.
//
// Secrets never appear in commands. Where a secret is needed it is written as a placeholder
// {{secret:<keychain key>}} inside Action::stdinData or Action::content; the executor resolves it
// from the SecretStore just before sending and masks it everywhere else (logs, audit, dry run).
// {{hostkeys}} in a file's content stands for the nodes' SSH host keys as pgpilot verified them
// (its own known_hosts), also filled in just before sending: the runbook is built before any node
// was reached. {{sshpub:<key>}} stands for the OpenSSH public key of the private key stored under
// <key> (not a secret itself; e.g. for an authorized_keys line on the backup repository host).
inline constexpr char kVerifiedHostKeysPlaceholder[] = "{{hostkeys}}";

struct Action
{
    enum class Kind
    {
        Run,
        WriteFile
    };

    Kind kind = Kind::Run;
    QString description; // one line for the admin, e.g. "Install PostgreSQL 17 and repmgr"

    // Kind::Run — a command for /bin/sh on the node, run as runAs (root goes through sudo when
    // the login user is not root). Every value in it comes from a validated spec and is quoted.
    QString command;
    QString runAs = QStringLiteral("root");
    QByteArray stdinData; // may hold {{secret:...}} placeholders
    int timeoutMs = 120000;
    QList<int> okExitCodes {0};

    // Kind::WriteFile — the whole file, written atomically (temp + rename) with owner and mode.
    QString path;
    QByteArray content; // may hold {{secret:...}} placeholders
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    int mode = 0644;

    // For the preview of a converge (runbook/preview.h), never run by the executor:
    // previewPath: the file this action changes in the end (a WriteFile's own path when empty;
    // a validated write goes through a temporary name first). previewCommand: a read-only command
    // that prints the whole file as this Run action would leave it (a marked block rewritten).
    QString previewPath;
    QString previewCommand;
    // What the action does to a running service: the admin sees it before converging.
    enum class ServiceEffect
    {
        None,
        Reload,
        Restart,
        Stop
    };
    ServiceEffect effect = ServiceEffect::None;
    QString unit; // the service affected, e.g. "postgresql@17-main"

    bool hasSecrets() const;
};

// What one node does for one step.
struct NodeWork
{
    QString node; // NodeSpec::name
    QList<Action> actions;
    // "Already done?" probe: a command whose exit status 0 means this node needs nothing for this
    // step. Empty: the step always runs (it must then be safe to repeat).
    QString probe;
    QString probeRunAs = QStringLiteral("root");
    // The probe's stdin, resolved like an action's (e.g. a file's expected content with its
    // {{hostkeys}} filled in, for `cmp -s - FILE`).
    QByteArray probeStdin;
};

struct Step
{
    enum class Target
    {
        AllNodes,
        Primary,
        Standbys,
        OneNode
    };

    QString id; // stable across versions, e.g. "p1.install-packages"; used to persist progress
    QString title;
    Target target = Target::AllNodes;
    // Nodes in the order given; in parallel unless sequential is set (e.g. clone one standby at
    // a time).
    QList<NodeWork> work;
    bool sequential = false;
    QString onFailureHint; // what the admin should look at or do when this step fails
};

// The output of one command on one node, as the executor hands it to a checkpoint.
struct CommandOutput
{
    bool reached = false; // false: the node could not be reached or the command not started
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    QString error; // transport error when !reached
};

struct CriterionResult
{
    bool passed = false;
    QString node; // the node the verdict is about, empty for cluster-wide criteria
    QString expected;
    QString seen;
    QString likelyCause; // only when !passed
};

// One pass criterion of a checkpoint: a command run on some nodes, and a verdict on the outputs.
struct Criterion
{
    QString id;
    QString description; // e.g. "wal_level is replica on every node"
    Step::Target target = Step::Target::AllNodes;
    QStringList nodes; // resolved node names the command runs on
    QString command;
    // A host's own command instead of command: one criterion that compares what different hosts
    // saw (e.g. the restore drill on the repository host and the marker rows on the primary).
    QHash<QString, QString> nodeCommands;
    QString runAs = QStringLiteral("root");
    QByteArray stdinData; // sent to the command; may hold {{secret:...}} placeholders
    int timeoutMs = 30000;
    // Outputs keyed by node name. Returns one result per node or one cluster-wide result.
    std::function<QList<CriterionResult>(const QHash<QString, CommandOutput>&)> evaluate;
};

struct Phase
{
    int number = 0; // 0 pre-flight, 1..5 as in the guide
    QString title;
    QString summary; // what this phase does, for the wizard page
    bool destructive = false; // phase 5 stops the primary: the wizard asks first
    QString confirmation; // what exactly will happen, when destructive
    // Why its steps must not run on this cluster (an adopted cluster until converge exists); the
    // checkpoint, read-only, still runs. Empty: they may run.
    QString refusal;
    QList<Step> steps;
    QList<Criterion> checkpoint;
};

struct Runbook
{
    QString cluster;
    QList<Phase> phases;

    const Phase* phase(int number) const;
};

} // namespace pgpilot
