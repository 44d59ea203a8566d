// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"
#include "exec/clustersession.h"
#include "monitor/clustermonitor.h"
#include "ops/operationrunner.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace pgpilot {

class SecretStore;

// The backend pieces one cluster needs, put together once for the main window and for every
// command of the command line: the session (connections, executor, progress, audit), the monitor
// with its VIP probe, the keys of the secrets they read, the operations and what an operation's
// result changes. Neither the window nor the CLI builds these pieces themselves.
class ClusterServices : public QObject
{
    Q_OBJECT
public:
    // secrets: not owned, must outlive this object.
    ClusterServices(ClusterSpec spec, SecretStore* secrets, QObject* parent = nullptr);
    ~ClusterServices() override;

    const ClusterSpec& spec() const { return m_spec; }
    // A changed worksheet, before any session was opened (the monitor keeps what it was made for).
    void setSpec(const ClusterSpec& spec) { m_spec = spec; }
    SecretStore* secrets() const { return m_secrets; }

    // The keychain key of the repmgr password: the worksheet's reference, or pgpilot's default
    // name for it. The only place that decides it (the runbook uses the same function).
    QString repmgrPasswordKey() const;
    // What the monitor tries when a login is refused: key's value, then its rotation's pending one.
    ClusterMonitor::PasswordSource passwordCandidates(const QString& key) const;
    // Reads it; on failure error says which key and why, ready to show.
    void readRepmgrPassword(std::function<void(const QByteArray& value, const QString& error)> done);
    // The monitoring role's password (runbook's monitorPasswordKey): what the monitor and the
    // write probe log in with. On failure error says which key and what to do.
    void readMonitorPassword(std::function<void(const QByteArray& value, const QString& error)> done);
    // Verified TLS (worksheet tls.mode): writes the cluster CA's certificate from the keychain to a
    // private file (0600, pgpilot's data directory) and gives its path, which pgpilot's own libpq
    // connections (monitor, status, write probe) name with sslmode=verify-full. TLS off: an empty
    // path and no error. A keychain without the CA: the error asks for the cluster's secrets.
    void readTlsRoot(std::function<void(const QString& path, const QString& error)> done);
    static QString tlsRootPath(const QString& cluster); // <data dir>/tls/<cluster>-ca.crt

    // The session, created on first use and opened once; done gets null and the reason when it
    // cannot be opened. While it is being opened, further calls wait for the same opening.
    void withSession(std::function<void(ClusterSession* session, const QString& error)> done);
    ClusterSession* session() const { return m_sessionOpen ? m_session.data() : nullptr; }
    bool sessionStarted() const { return !m_session.isNull(); } // open, or being opened
    // Where the session keeps progress and the audit log (before the first withSession).
    void setStatePaths(const QString& progressFile, const QString& auditFile);
    void setConfirmedFingerprints(const QHash<QString, QString>& fingerprints);

    // A monitor of this cluster with its VIP probe and node event probe (SSH connections of its
    // own, so it never waits behind a phase's commands), owned by parent (null: the caller owns it). done
    // gets null and the reason when the repmgr password cannot be read; a monitor and a non-empty text when
    // it works without its VIP probe (the text says why). The monitor is not started.
    void makeMonitor(const MonitorOptions& options, QObject* parent,
        std::function<void(ClusterMonitor* monitor, const QString& error)> done);
    // The monitor whose snapshots name the current primary and which records operations.
    void setMonitor(ClusterMonitor* monitor) { m_monitor = monitor; }
    ClusterMonitor* monitor() const { return m_monitor; }

    // An operation runner on the open session, with the write probe when the repmgr password is
    // readable (else without, and probeError says why) and the current primary from the monitor.
    // Owned by parent (null: the caller owns it). done gets null and the reason when the session
    // cannot be opened.
    void prepareOperation(const OperationRequest& request, QObject* parent,
        std::function<void(OperationRunner* runner, const QString& error, const QString& probeError)> done);
    // Whether operations write through the VIP to measure the outage (on unless turned off).
    void setWriteProbeEnabled(bool enabled) { m_writeProbe = enabled; }

    // What an operation's result changes: the worksheet (a removed standby leaves it) and the
    // monitor (fence marks, the timeline entry with the result's severity, a poll at once).
    // Returns the new worksheet when it changed.
    std::optional<ClusterSpec> applyOperationResult(const OperationResult& result);
    // The worksheet after a result, without side effects (the CLI saves it to the file).
    static std::optional<ClusterSpec> specAfter(const ClusterSpec& spec, const OperationResult& result);

    // The connections and the monitor are dropped; the next use opens them afresh.
    void reset();

private:
    void makeMonitorVerified(const MonitorOptions& options, QObject* parent,
        std::function<void(ClusterMonitor*, const QString&)> done);
    void buildMonitor(const MonitorOptions& options, const QByteArray& password,
        const QByteArray& statsPassword, QObject* parent,
        std::function<void(ClusterMonitor*, const QString&)> done);
    QString currentPrimary() const;

    ClusterSpec m_spec;
    SecretStore* m_secrets;
    QPointer<ClusterSession> m_session;
    bool m_sessionOpen = false;
    QList<std::function<void(ClusterSession*, const QString&)>> m_waiting;
    QHash<QString, QString> m_confirmed;
    QString m_progressFile;
    QString m_auditFile;
    QPointer<ClusterMonitor> m_monitor;
    bool m_writeProbe = true;
    QString m_tlsRoot; // the CA file the write probe names (readTlsRoot)
};

} // namespace pgpilot
