// SPDX-License-Identifier: GPL-3.0-or-later
// FileSecretStore, the secrets of `--secrets-file FILE` (headless runs without a keychain): a
// private key=value file. Offline: a temporary directory, no keychain, no network.
#include "secrets/filesecretstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace pgpilot;

namespace {

using Status = SecretStore::Status;
using Result = SecretStore::Result;

// Runs one store call and waits for its (asynchronous) answer.
template <typename Call> Result answer(Call call)
{
    Result result;
    result.error = QStringLiteral("no answer within 5 s");
    bool done = false;
    call([&](const Result& r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        result.status = Status::Failed;
    return result;
}

Result readKey(FileSecretStore& store, const QString& key)
{
    return answer([&](SecretStore::Callback done) { store.read(key, std::move(done)); });
}

Result writeKey(FileSecretStore& store, const QString& key, const QByteArray& value)
{
    return answer([&](SecretStore::Callback done) { store.write(key, value, std::move(done)); });
}

Result removeKey(FileSecretStore& store, const QString& key)
{
    return answer([&](SecretStore::Callback done) { store.remove(key, std::move(done)); });
}

int modeOf(const QString& path)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool putFile(const QString& path, const QByteArray& content, int mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode_t(mode)) == 0;
}

QByteArray fileContent(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QString kRepmgr = QStringLiteral("pgpilot:lab:repmgr-password");
const QString kSudo = QStringLiteral("pgpilot:lab:sudo-password");
const QString kKey = QStringLiteral("pgpilot:lab:pg1-key");
// A private key spans lines and ends with a newline.
const QByteArray kKeyValue("-----BEGIN OPENSSH PRIVATE KEY-----\n"
                           "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n"
                           "-----END OPENSSH PRIVATE KEY-----\n");

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A missing file is no error (the first write creates it), and the file written is 0600
    // whatever the umask.
    void newFileIsPrivate()
    {
        const QString file = path(QStringLiteral("new.secrets"));
        FileSecretStore store(file);
        QVERIFY(store.isPersistent());
        QVERIFY(store.notPersistentReason().isEmpty());
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QVERIFY(!QFile::exists(file));

        const mode_t old = ::umask(0);
        const Result w = writeKey(store, kRepmgr, "s3cret");
        ::umask(old);
        QCOMPARE(w.status, Status::Ok);
        QVERIFY2(modeOf(file) == 0600, qPrintable(QString::number(modeOf(file), 8)));
        QCOMPARE(fileContent(file), QByteArray("pgpilot:lab:repmgr-password=s3cret\n"));

        // A value written later keeps it private.
        QCOMPARE(writeKey(store, kSudo, "other").status, Status::Ok);
        QVERIFY2(modeOf(file) == 0600, qPrintable(QString::number(modeOf(file), 8)));
    }

    void callbacksAreAsynchronous()
    {
        FileSecretStore store(path(QStringLiteral("async.secrets")));
        bool called = false;
        store.write(kRepmgr, "s3cret", [&](const Result&) { called = true; });
        QVERIFY2(!called, "callbacks must be asynchronous, like the keychain's");
        QTRY_VERIFY(called);
    }

    // What one store wrote, another store reads back from the file: single-line values with
    // '=' and spaces, a multi-line key, an empty value, an overwritten value.
    void writeReadRoundTrip()
    {
        const QString file = path(QStringLiteral("roundtrip.secrets"));
        {
            FileSecretStore store(file);
            QString error;
            QVERIFY2(store.load(&error), qPrintable(error));
            QCOMPARE(writeKey(store, kRepmgr, "first").status, Status::Ok);
            QCOMPARE(writeKey(store, kSudo, "a=b c=d  ").status, Status::Ok);
            QCOMPARE(writeKey(store, kKey, kKeyValue).status, Status::Ok);
            QCOMPARE(writeKey(store, QStringLiteral("pgpilot:lab:empty"), QByteArray()).status, Status::Ok);
            QCOMPARE(writeKey(store, kRepmgr, "second").status, Status::Ok); // overwritten
        }
        QCOMPARE(fileContent(file).count("pgpilot:lab:repmgr-password="), 1);

        FileSecretStore again(file);
        QString error;
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(readKey(again, kRepmgr).value, QByteArray("second"));
        QCOMPARE(readKey(again, kSudo).value, QByteArray("a=b c=d  "));
        const Result key = readKey(again, kKey);
        QCOMPARE(key.status, Status::Ok);
        QCOMPARE(key.value, kKeyValue);
        const Result empty = readKey(again, QStringLiteral("pgpilot:lab:empty"));
        QCOMPARE(empty.status, Status::Ok);
        QVERIFY(empty.value.isEmpty());
        const Result missing = readKey(again, QStringLiteral("pgpilot:lab:nothing"));
        QCOMPARE(missing.status, Status::NotFound);
        QVERIFY(missing.error.contains(QStringLiteral("pgpilot:lab:nothing")));
    }

    // A file written by hand (the documented way to give CI its secrets) is read as written.
    void handWrittenFileIsRead()
    {
        const QString file = path(QStringLiteral("hand.secrets"));
        QVERIFY(putFile(file,
            "pgpilot:lab:repmgr-password=hand written\n" + kKey.toUtf8() + '=' + kKeyValue + '\n', 0600));
        FileSecretStore store(file);
        QString error;
        QVERIFY2(store.load(&error), qPrintable(error));
        QCOMPARE(readKey(store, kRepmgr).value, QByteArray("hand written"));
        QCOMPARE(readKey(store, kKey).value, kKeyValue);
    }

    void removeRoundTrip()
    {
        const QString file = path(QStringLiteral("remove.secrets"));
        FileSecretStore store(file);
        QCOMPARE(writeKey(store, kRepmgr, "gone-soon").status, Status::Ok);
        QCOMPARE(writeKey(store, kSudo, "stays").status, Status::Ok);
        QCOMPARE(removeKey(store, kRepmgr).status, Status::Ok);
        QCOMPARE(readKey(store, kRepmgr).status, Status::NotFound);
        QCOMPARE(readKey(store, kSudo).value, QByteArray("stays"));

        // The removal reaches the file: a store loaded from it does not find the value either.
        FileSecretStore again(file);
        QString error;
        QVERIFY2(again.load(&error), qPrintable(error));
        QCOMPARE(readKey(again, kSudo).value, QByteArray("stays"));
        QVERIFY2(!fileContent(file).contains("gone-soon"), fileContent(file).constData());
        QCOMPARE(readKey(again, kRepmgr).status, Status::NotFound);

        // The next write rewrites the file without the removed value (what works today).
        QCOMPARE(writeKey(store, kSudo, "stays").status, Status::Ok);
        QVERIFY(!fileContent(file).contains("gone-soon"));
    }

    void wrongPermissionsAreRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644 world-readable") << 0644;
        QTest::newRow("0640 group-readable") << 0640;
        QTest::newRow("0604 other-readable") << 0604;
        QTest::newRow("0620 group-writable") << 0620;
        QTest::newRow("0602 other-writable") << 0602;
    }

    // A file other users can read (or change) is refused before anything is read from it; the
    // error names the file and the fix and never shows a value.
    void wrongPermissionsAreRefused()
    {
        QFETCH(int, mode);
        const QString file = path(QStringLiteral("open-%1.secrets").arg(mode, 0, 8));
        QVERIFY(putFile(file, "pgpilot:lab:repmgr-password=do-not-print-me\n", mode));
        FileSecretStore store(file);
        QString error;
        QVERIFY2(!store.load(&error), "a file other users can read or write was accepted");
        QVERIFY2(error.contains(file), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("do-not-print-me")), qPrintable(error));
        QCOMPARE(readKey(store, kRepmgr).status, Status::NotFound);
    }

    void ownerOnlyModesAreAccepted()
    {
        for (int mode : {0600, 0400, 0700}) {
            const QString file = path(QStringLiteral("private-%1.secrets").arg(mode, 0, 8));
            QVERIFY(putFile(file, "pgpilot:lab:repmgr-password=ok\n", mode));
            FileSecretStore store(file);
            QString error;
            QVERIFY2(store.load(&error), qPrintable(QString::number(mode, 8) + u' ' + error));
            QCOMPARE(readKey(store, kRepmgr).value, QByteArray("ok"));
        }
    }

    // A line that belongs to no entry (before the first "pgpilot:...=" line) is a mistake in a
    // hand-written file: the admin should hear which line, without its content (it may be a
    // password pasted on its own).
    void garbledLineIsAnError()
    {
        const QString file = path(QStringLiteral("garbled.secrets"));
        QVERIFY(putFile(file, "hunter2-pasted-alone\npgpilot:lab:repmgr-password=fine\n", 0600));
        FileSecretStore store(file);
        QString error;
        const bool loaded = store.load(&error);
        QVERIFY2(!error.contains(QStringLiteral("hunter2")), qPrintable(error));
        QVERIFY2(!loaded && error.contains(QStringLiteral("line 1")), qPrintable(error));
    }

    // A file that cannot be read or written: the error says which file and why, never a value.
    void unusableFileSaysWhere()
    {
        const QString dir = path(QStringLiteral("a-directory.secrets"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(::chmod(QFile::encodeName(dir).constData(), 0700) == 0);
        FileSecretStore onDir(dir);
        QString error;
        QVERIFY2(!onDir.load(&error), "a directory was loaded as a secrets file");
        QVERIFY2(error.contains(dir), qPrintable(error));

        const QString nowhere = path(QStringLiteral("no-such-dir/secrets"));
        FileSecretStore store(nowhere);
        QVERIFY2(store.load(&error), qPrintable(error)); // missing: created on the first write
        const Result w = writeKey(store, kRepmgr, "value-in-no-error");
        QCOMPARE(w.status, Status::Failed);
        QVERIFY2(w.error.contains(nowhere), qPrintable(w.error));
        QVERIFY2(!w.error.contains(QStringLiteral("value-in-no-error")), qPrintable(w.error));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
