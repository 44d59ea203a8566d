// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "remote/remotehost.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

// A real OpenSSH server on a loopback port, started by the test with its own host key and
// key-only root login, in a temporary directory; stopped (by its own PID) when destroyed.
class SshdFixture
{
public:
    SshdFixture() { m_ok = m_dir.isValid() && generateKeys() && writeConfig() && start(); }
    ~SshdFixture() { stop(); }

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString clientKey() const { return m_dir.filePath(QStringLiteral("client_ed25519")); }
    QString encryptedClientKey() const { return m_dir.filePath(QStringLiteral("client_enc_ed25519")); }
    QString strangerKey() const { return m_dir.filePath(QStringLiteral("stranger_ed25519")); }
    QString hostFingerprint() const { return m_hostFingerprint; }
    static QByteArray passphrase() { return QByteArrayLiteral("correct horse battery"); }

    pgpilot::ConnectionSettings settings(const QString& knownHosts) const
    {
        pgpilot::ConnectionSettings s;
        s.nodeName = QStringLiteral("local");
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_port;
        s.user = QStringLiteral("root");
        s.auth = pgpilot::SshAuth::Key;
        s.keyFile = clientKey();
        s.knownHostsFile = knownHosts;
        s.trustedFingerprints.insert(m_hostFingerprint);
        s.connectTimeoutMs = 5000;
        s.useSshConfig = false;
        return s;
    }

    // Stops the server and every connection it serves (they share its process group).
    void stop()
    {
        if (m_pid > 0) {
            ::kill(-m_pid, SIGTERM);
            m_process.waitForFinished(5000);
            if (m_process.state() != QProcess::NotRunning) {
                ::kill(-m_pid, SIGKILL);
                m_process.waitForFinished(5000);
            }
            m_pid = 0;
        }
    }

    bool restart()
    {
        stop();
        return start();
    }

    // Replaces the host key, as a reinstalled node would.
    bool changeHostKey()
    {
        stop();
        QFile::remove(m_dir.filePath(QStringLiteral("host_ed25519")));
        QFile::remove(m_dir.filePath(QStringLiteral("host_ed25519.pub")));
        return keygen(QStringLiteral("host_ed25519"), {}) && readHostFingerprint() && start();
    }

private:
    bool fail(const QString& why)
    {
        m_error = why;
        return false;
    }

    bool keygen(const QString& name, const QByteArray& passphrase)
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                QString::fromLatin1(passphrase), QStringLiteral("-f"), m_dir.filePath(name)});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return fail(QStringLiteral("ssh-keygen %1 failed: %2")
                            .arg(name, QString::fromUtf8(p.readAllStandardError())));
        return true;
    }

    bool readHostFingerprint()
    {
        QProcess p;
        p.start(QStringLiteral("ssh-keygen"),
            {QStringLiteral("-lf"), m_dir.filePath(QStringLiteral("host_ed25519.pub"))});
        if (!p.waitForFinished(20000) || p.exitCode() != 0)
            return fail(QStringLiteral("ssh-keygen -lf failed"));
        m_hostFingerprint = QString::fromLatin1(p.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
        return m_hostFingerprint.startsWith(QLatin1String("SHA256:"));
    }

    bool generateKeys()
    {
        if (!keygen(QStringLiteral("host_ed25519"), {}) || !keygen(QStringLiteral("client_ed25519"), {})
            || !keygen(QStringLiteral("client_enc_ed25519"), passphrase())
            || !keygen(QStringLiteral("stranger_ed25519"), {}) || !readHostFingerprint())
            return false;
        QFile authorized(m_dir.filePath(QStringLiteral("authorized_keys")));
        if (!authorized.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write authorized_keys"));
        for (const char* name : {"client_ed25519.pub", "client_enc_ed25519.pub"}) {
            QFile pub(m_dir.filePath(QString::fromLatin1(name)));
            if (!pub.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1").arg(QString::fromLatin1(name)));
            authorized.write(pub.readAll());
        }
        return true;
    }

    bool writeConfig()
    {
        QTcpServer probe; // a free port, released right away
        if (!probe.listen(QHostAddress::LocalHost))
            return fail(QStringLiteral("no free loopback port"));
        m_port = probe.serverPort();
        probe.close();
        QDir().mkpath(QStringLiteral("/run/sshd"));
        QFile config(m_dir.filePath(QStringLiteral("sshd_config")));
        if (!config.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write sshd_config"));
        config.write(
            QStringLiteral("Port %1\nListenAddress 127.0.0.1\nHostKey %2/host_ed25519\nPidFile %2/sshd.pid\n"
                           "AuthorizedKeysFile %2/authorized_keys\nPermitRootLogin prohibit-password\n"
                           "PasswordAuthentication yes\nKbdInteractiveAuthentication no\nUsePAM no\n"
                           "StrictModes no\nLogLevel ERROR\nMaxStartups 50\nMaxSessions 50\n")
                .arg(m_port)
                .arg(m_dir.path())
                .toUtf8());
        return true;
    }

    bool start()
    {
        // In its own process group so stop() reaches the connections it forked too.
        m_process.setProgram(QStringLiteral("setsid"));
        m_process.setArguments({QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-D"), QStringLiteral("-e"),
            QStringLiteral("-f"), m_dir.filePath(QStringLiteral("sshd_config"))});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return fail(QStringLiteral("sshd did not start"));
        m_pid = m_process.processId();
        // Ready when the port accepts connections; wait on that, with a deadline.
        const bool listening = QTest::qWaitFor(
            [this] {
                QTcpSocket s;
                s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
                return s.waitForConnected(200);
            },
            10000);
        if (!listening)
            return fail(QStringLiteral("sshd did not listen on port %1 within 10 s").arg(m_port));
        return true;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    qint64 m_pid = 0;
    int m_port = 0;
    QString m_hostFingerprint;
    QString m_error;
    bool m_ok = false;
};
