// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace pgpilot {

class RemoteHost;
class SecretStore;
struct RunRequest;
struct RunResult;

struct AdoptResult
{
    AdoptPlan plan;
    Discovery discovery;
    // Nodes whose host key is not known yet: "address SHA256:..." (nothing was read from them).
    QStringList unknownHostKeys;
    QString passwordKey; // where the repmgr password was stored; empty: not found / not stored
};

// pgpilot adopt: from one node of a cluster built by hand, discovers the rest (repmgr's node
// table, repmgr.conf, PostgreSQL's settings, HAProxy, Keepalived, the health service, host keys)
// and turns it into a worksheet. Reads only: nothing on the nodes is changed. The repmgr password
// (from the postgres user's or the admin's .pgpass) goes straight into the SecretStore.
// The window (wizard) and `pgpilot adopt` both run this.
class Adopter : public QObject
{
    Q_OBJECT
public:
    // confirmed: host key fingerprints the admin confirmed, by address or node name.
    Adopter(QString seedAddress, AdoptOptions options, QHash<QString, QString> confirmed,
        SecretStore* secrets, QObject* parent = nullptr);
    ~Adopter() override;

    void start();
    // Audit: read the nodes of this worksheet (each with its own SSH settings) and stop after the
    // health probe: no worksheet is built, no secret read.
    void setAuditOf(const ClusterSpec& spec);

Q_SIGNALS:
    void progress(const QString& line);
    void finished(const pgpilot::AdoptResult& result);

private:
    RemoteHost* hostFor(const QString& address, const QString& name);
    void run(RemoteHost* host, const RunRequest& request, std::function<void(const RunResult&)> done);
    // Reads the login's password (SSH or sudo: ssh.secretRef of the options or of the audited
    // worksheet's nodes) from the SecretStore, then next(); or finishes with the error.
    void readLoginSecrets(std::function<void()> next);
    void begin();
    void readSeed();
    void readNodes();
    void readNode(int index);
    void nodeDone();
    void nodesRead();
    void probeHealth(const QStringList& paths);
    void readPassword();
    void storeSecrets(QList<std::pair<QString, QByteArray>> secrets); // each wiped once stored
    void finish(const QString& error = {});
    bool hostKeyProblem(const QString& address, const RunResult& r);

    QString m_seed;
    AdoptOptions m_options;
    QHash<QString, QString> m_confirmed;
    QPointer<SecretStore> m_secrets;
    QHash<QString, RemoteHost*> m_hosts;
    QNetworkAccessManager* m_nam = nullptr;
    AdoptResult m_result;
    int m_pendingNodes = 0;
    std::optional<ClusterSpec> m_auditOf;
    bool m_done = false;
    QHash<QString, QByteArray> m_loginSecrets; // secretRef -> value, never logged
};

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::AdoptResult)
