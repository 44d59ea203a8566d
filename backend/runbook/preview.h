// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runbook.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pgpilot {

struct CheckpointResult;

// The preview of a phase on a cluster in service (an adopted one, before pgpilot converges it):
// per node and per step, whether the step would run, the diff between each file on the node and
// what pgpilot would write, the commands it would run and the services it would reload, restart
// or stop. Nothing is changed: the preview is a checkpoint of read-only commands (the step's own
// "already done?" probe, `diff -u` against the content sent on stdin), run by the executor like
// any checkpoint.
//
// Secrets: a file whose content comes whole from the keychain (a private key, a certificate) is
// not compared, only its owner and mode; in every other file the values after a password-like
// word (password, auth..., secret) and .pgpass's password field are masked on both sides before
// the diff, so neither the node's nor pgpilot's value is shown, nor compared.
struct PreviewItem
{
    enum class Kind
    {
        Step, // the step's probe on the node: would the step run?
        File // one file the step would change
    };
    Kind kind = Kind::Step;
    QString stepId;
    QString stepTitle;
    QString node;
    QString path; // File
    bool keychainContent = false; // File: content not compared (comes whole from the keychain)
    QString wantOwner; // File: "owner:group mode" pgpilot writes (empty: kept as it is)
    bool writesFiles = false; // Step: whether it writes files (its check is then about them)
    QStringList commands; // Step: the descriptions of the commands it would run
    QList<QPair<Action::ServiceEffect, QString>> services; // Step: effects on running services
};

struct PreviewPlan
{
    Phase phase; // steps empty; checkpoint: one read-only criterion per item, same order
    QList<PreviewItem> items;
};

// Pure: the read-only criteria that preview phase.
PreviewPlan previewPlan(const Phase& phase);

struct FilePreview
{
    enum class State
    {
        Same,
        Changed,
        New,
        NotCompared, // keychain content
        Unread // the node could not be asked
    };
    QString path;
    State state = State::Unread;
    QString diff; // unified diff (Changed) or the new content (New), masked
    QString owner; // what the node has now, "owner:group mode"
    QString wantOwner;
};

struct StepPreview
{
    QString stepId;
    QString title;
    QString node;
    bool reached = false;
    QString error; // when !reached
    bool wouldRun = false;
    // Done now, but a step before it on this node would run first and may undo that (a setting
    // written above may leave PostgreSQL pending a restart): its check runs again then.
    bool mayRun = false;
    QList<FilePreview> files;
    QStringList commands;
    QList<QPair<Action::ServiceEffect, QString>> services;
};

struct PhasePreview
{
    int phase = 0;
    QString title;
    QList<StepPreview> steps; // in the phase's order, a step's nodes in the worksheet's order
    QStringList nodes() const; // in the order they first appear

    bool changesAnything() const;
    bool allRead() const;
};

PhasePreview readPreview(const PreviewPlan& plan, const CheckpointResult& result);
QString previewText(const PhasePreview& preview);
QJsonObject previewJson(const PhasePreview& preview);
QString serviceEffectWord(Action::ServiceEffect effect); // "reload", "restart", "stop"

} // namespace pgpilot
