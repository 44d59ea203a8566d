// SPDX-License-Identifier: GPL-3.0-or-later
// The cluster CA and node certificates (backend/secrets/tlsca): they verify against the CA with
// openssl verify and Qt's own parser, carry the names and validity pgpilot promises, and the keys
// match their certificates.
#include "secrets/tlsca.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

class TestTlsCa : public QObject
{
    Q_OBJECT

private:
    static bool save(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }

private Q_SLOTS:
    void caIsSelfSignedTenYears()
    {
        const tls::Issued ca = tls::createCa(QStringLiteral("prod"));
        QVERIFY2(ca.ok(), qPrintable(ca.error));
        QVERIFY(ca.certPem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(ca.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
        const tls::CertificateInfo info = tls::inspect(ca.certPem);
        QVERIFY2(info.error.isEmpty(), qPrintable(info.error));
        QCOMPARE(info.subjectCn, QStringLiteral("pgpilot CA prod"));
        QVERIFY(info.isCa);
        const qint64 days = info.notBefore.daysTo(info.notAfter);
        QVERIFY2(days >= tls::kCaValidityDays && days <= tls::kCaValidityDays + 1,
            qPrintable(QString::number(days)));
        QVERIFY(info.notBefore <= QDateTime::currentDateTimeUtc());
        QVERIFY(tls::keyMatches(ca.certPem, ca.keyPem));
        QCOMPARE(tls::verify(ca.certPem, ca.certPem), QString());
        const QSslCertificate q(ca.certPem, QSsl::Pem);
        QVERIFY(!q.isNull());
        QVERIFY(q.isSelfSigned());
        const QSslKey key(ca.keyPem, QSsl::Ec, QSsl::Pem);
        QVERIFY(!key.isNull());
        QCOMPARE(key.length(), 256);
    }

    void nodeCertificateNamesAndValidity()
    {
        const tls::Issued ca = tls::createCa(QStringLiteral("prod"));
        QVERIFY(ca.ok());
        const tls::Issued node = tls::issueNodeCertificate(ca.certPem, ca.keyPem, QStringLiteral("pg2"),
            {QStringLiteral("10.0.1.12"), QStringLiteral("10.0.1.10"), QStringLiteral("fd00::0012")});
        QVERIFY2(node.ok(), qPrintable(node.error));
        const tls::CertificateInfo info = tls::inspect(node.certPem);
        QCOMPARE(info.subjectCn, QStringLiteral("pg2"));
        QVERIFY(!info.isCa);
        QCOMPARE(info.dnsNames, QStringList {QStringLiteral("pg2")});
        QCOMPARE(info.ipAddresses,
            (QStringList {
                QStringLiteral("10.0.1.12"), QStringLiteral("10.0.1.10"), QStringLiteral("fd00::12")}));
        const qint64 days = info.notBefore.daysTo(info.notAfter);
        QVERIFY2(days >= tls::kNodeValidityDays && days <= tls::kNodeValidityDays + 1,
            qPrintable(QString::number(days)));
        QVERIFY(tls::keyMatches(node.certPem, node.keyPem));
        QVERIFY(!tls::keyMatches(node.certPem, ca.keyPem));
        QCOMPARE(tls::verify(node.certPem, ca.certPem), QString());

        // Qt's parser agrees on the names and the issuer.
        const QSslCertificate q(node.certPem, QSsl::Pem);
        QVERIFY(!q.isNull());
        const auto alt = q.subjectAlternativeNames();
        QVERIFY(alt.values(QSsl::DnsEntry).contains(QStringLiteral("pg2")));
        QVERIFY(alt.values(QSsl::IpAddressEntry).contains(QStringLiteral("10.0.1.10")));
        QCOMPARE(q.issuerInfo(QSslCertificate::CommonName), QStringList {QStringLiteral("pgpilot CA prod")});
        QCOMPARE(q.expiryDate().toUTC(), info.notAfter);

        // Serials are random: two certificates never share one.
        const tls::Issued again = tls::issueNodeCertificate(
            ca.certPem, ca.keyPem, QStringLiteral("pg2"), {QStringLiteral("10.0.1.12")});
        QVERIFY(again.ok());
        QVERIFY(tls::inspect(again.certPem).serialHex != info.serialHex);
        QVERIFY(info.serialHex.size() >= 38);
    }

    void otherCaDoesNotVerify()
    {
        const tls::Issued ca = tls::createCa(QStringLiteral("prod"));
        const tls::Issued other = tls::createCa(QStringLiteral("prod"));
        const tls::Issued node = tls::issueNodeCertificate(
            ca.certPem, ca.keyPem, QStringLiteral("pg1"), {QStringLiteral("10.0.1.11")});
        QVERIFY(node.ok());
        QVERIFY(!tls::verify(node.certPem, other.certPem).isEmpty());
        // A CA cert paired with another CA's key signs nothing.
        const tls::Issued mixed = tls::issueNodeCertificate(
            ca.certPem, other.keyPem, QStringLiteral("pg1"), {QStringLiteral("10.0.1.11")});
        QVERIFY(!mixed.ok());
        QVERIFY(!mixed.error.isEmpty());
    }

    void refusesWhatIsNotANameOrAddress()
    {
        const tls::Issued ca = tls::createCa(QStringLiteral("prod"));
        QVERIFY(!tls::issueNodeCertificate(ca.certPem, ca.keyPem, QStringLiteral("pg1,DNS:evil"), {}).ok());
        QVERIFY(!tls::issueNodeCertificate(
            ca.certPem, ca.keyPem, QStringLiteral("pg1"), {QStringLiteral("10.0.1.1,IP:1.2.3.4")})
                     .ok());
        QVERIFY(!tls::inspect("not a certificate").error.isEmpty());
    }

    void opensslVerifyAccepts()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("no openssl command on this machine");
        const tls::Issued ca = tls::createCa(QStringLiteral("prod"));
        const tls::Issued node = tls::issueNodeCertificate(ca.certPem, ca.keyPem, QStringLiteral("pg1"),
            {QStringLiteral("10.0.1.11"), QStringLiteral("10.0.1.10")});
        QTemporaryDir dir;
        QVERIFY(save(dir.filePath(QStringLiteral("ca.crt")), ca.certPem));
        QVERIFY(save(dir.filePath(QStringLiteral("node.crt")), node.certPem));
        QProcess p;
        p.start(openssl,
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("ca.crt")),
                QStringLiteral("-purpose"), QStringLiteral("sslserver"), QStringLiteral("-verify_ip"),
                QStringLiteral("10.0.1.10"), dir.filePath(QStringLiteral("node.crt"))});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains(": OK"));
        // And refuses a name the certificate does not carry.
        p.start(openssl,
            {QStringLiteral("verify"), QStringLiteral("-CAfile"), dir.filePath(QStringLiteral("ca.crt")),
                QStringLiteral("-verify_ip"), QStringLiteral("10.0.1.99"),
                dir.filePath(QStringLiteral("node.crt"))});
        QVERIFY(p.waitForFinished(30000));
        QVERIFY(p.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsCa)
#include "tst_tlsca.moc"
