// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cluster/clusterspec.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace pgpilot {

// How to reach one node. Secrets are already resolved from the SecretStore; the host wipes them
// from memory when it is destroyed and never writes them anywhere.
struct ConnectionSettings
{
    QString nodeName; // for messages: "pg2"
    QString host; // address or name
    int port = 22;
    QString user = QStringLiteral("root");
    SshAuth auth = SshAuth::Key;
    QString keyFile;
    QByteArray secret; // SSH password or key passphrase
    SudoMode sudo = SudoMode::None;
    QByteArray sudoPassword;
    QString knownHostsFile; // pgpilot's own; never ~/.ssh/known_hosts
    // Fingerprints ("SHA256:...") the admin confirmed (or pinned in the worksheet). An unknown
    // host key with one of these is stored in knownHostsFile; any other unknown key is refused.
    QSet<QString> trustedFingerprints;
    int connectTimeoutMs = 10000;
    int keepAliveIntervalMs = 15000;
    bool useSshConfig = true; // ~/.ssh/config for what the worksheet leaves open
    // Reach the node through this host (ProxyJump): a direct-tcpip channel, no ssh process.
    std::shared_ptr<ConnectionSettings> jump;
};

struct RunRequest
{
    QString command; // for /bin/sh on the node; values already quoted
    QString runAs = QStringLiteral("root");
    QByteArray stdinData;
    int timeoutMs = 120000;
};

struct WriteRequest
{
    QString path;
    QByteArray content;
    QString owner = QStringLiteral("root");
    QString group = QStringLiteral("root");
    int mode = 0644;
    int timeoutMs = 60000;
};

struct RunResult
{
    enum class Failure
    {
        None, // the command ran; see exitCode
        Unreachable, // refused, timed out while connecting, no route
        HostKeyUnknown,
        HostKeyChanged,
        AuthFailed,
        SudoFailed,
        Timeout,
        Cancelled,
        Transport, // the connection broke while the command ran
    };

    Failure failure = Failure::None;
    int exitCode = -1;
    QByteArray stdOut;
    QByteArray stdErr;
    qint64 durationMs = 0;
    QString error; // for the admin: what failed, where, what to do next
    QString offeredFingerprint; // host key problems
    QString storedFingerprint; // HostKeyChanged

    bool ok() const { return failure == Failure::None && exitCode == 0; }
};

// A node pgpilot acts on. Every call returns at once with a job id; output arrives as line
// batches and the result as one finished() signal, on the thread that owns the host.
class RemoteHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~RemoteHost() override = default;

    virtual QString nodeName() const = 0;
    virtual quint64 run(const RunRequest& request) = 0;
    // Atomic on the node: a temporary file next to path, verified by size and SHA-256, then
    // renamed over path. An interrupted transfer never replaces the old file.
    virtual quint64 writeFile(const WriteRequest& request) = 0;
    // Stops the job: the remote command and its children are killed, not just the local wait.
    virtual void cancel(quint64 jobId) = 0;

    enum Stream
    {
        StdOut = 1,
        StdErr = 2
    };

Q_SIGNALS:
    void outputLines(quint64 jobId, int stream, const QStringList& lines);
    void finished(quint64 jobId, const pgpilot::RunResult& result);
};

QString toId(RunResult::Failure failure);

} // namespace pgpilot

Q_DECLARE_METATYPE(pgpilot::RunResult)
