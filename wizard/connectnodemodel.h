// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "exec/clustersession.h"
#include "remote/remotehost.h"

#include <QAbstractTableModel>

namespace pgpilot {

// The connect page's nodes: one row per node with where the connection stands and, once the node
// answered (or refused), what its probe found: the operating system, the PostgreSQL package
// apt would install and the host key the node offered. The last column is left for the page's
// "Trust this key" button.
class ConnectNodeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NodeCol,
        StateCol,
        OsCol,
        PackageCol,
        KeyCol,
        ActionCol,
        ColumnCount
    };
    enum class State
    {
        NotYet,
        Connecting,
        Connected,
        Failed,
        Stopped // the admin stopped waiting for the answer
    };
    static constexpr int StateRole = Qt::UserRole + 1; // the row's State, as an int, on every cell

    explicit ConnectNodeModel(const ClusterSpec& spec, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QStringList nodes() const;
    int rowOf(const QString& node) const; // -1 for an unknown node
    State state(const QString& node) const;
    // Ignored for an unknown node. The probe's findings stay until the next result replaces them.
    void setState(const QString& node, State state);
    // The probe's answer: the state becomes Connected or Failed.
    void setResult(const QString& node, const RunResult& result, const NodeProbe& probe);
    RunResult::Failure failure(const QString& node) const;
    QString offeredFingerprint(const QString& node) const;
    bool allConnected() const;

    static QString stateText(State state, RunResult::Failure failure = RunResult::Failure::None);

private:
    struct Row
    {
        QString name;
        QString address;
        State state = State::NotYet;
        bool answered = false; // a result came: the columns after the state are filled
        RunResult::Failure failure = RunResult::Failure::None;
        QString os;
        QString candidate;
        QString fingerprint;
    };

    int m_postgresVersion = 0;
    QList<Row> m_rows;
};

} // namespace pgpilot
