// SPDX-License-Identifier: GPL-3.0-or-later
// Settings > Notifications (issue 18): the dialog edits the notification file, refuses what the
// file's reader would refuse, keeps the webhook URL and the SMTP password in the keychain (never
// in the file), and its test button reaches a webhook receiver and an SMTP sink on loopback,
// each result shown in the dialog; no session bus is a result in words. PGPILOT_SCREENSHOT_DIR
// saves both pages.
#include "notificationsdialog.h"
#include "notify/smtpsink.h"
#include "notify/webhookreceiver.h"
#include "secrets/memorysecretstore.h"
#include "uichecks.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pgpilot;

namespace {

template <typename T> T* child(QWidget* dialog, const char* name)
{
    T* w = dialog->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

QByteArray read(SecretStore& store, const QString& key)
{
    QByteArray value;
    bool done = false;
    store.read(key, [&](const SecretStore::Result& r) {
        value = r.value;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        qWarning("the secret store did not answer for %s", qPrintable(key));
    return value;
}

int ruleRow(QTableWidget* table, const QString& kind)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == kind)
            return row;
    }
    return -1;
}

void shoot(QWidget* dialog, const QString& name)
{
    const QString shots = qEnvironmentVariable("PGPILOT_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(QDir(shots).filePath(name)));
}

} // namespace

class TestNotificationsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editValidateTestAndSave()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config/notifications.json"));
        MemorySecretStore secrets;
        test::WebhookReceiver receiver({200});
        test::SmtpSink sink;
        sink.authMechanisms = {QStringLiteral("PLAIN")};
        sink.user = QStringLiteral("pgpilot");
        sink.password = "smtp-pass-typed";

        NotificationsDialog dialog(&secrets, path);
        dialog.setTestCluster(QStringLiteral("main"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // A new file: the defaults, nothing on.
        QCOMPARE(dialog.config(), NotifyConfig {});

        const QString hook = QStringLiteral("http://127.0.0.1:%1/hook/TOKEN-123").arg(receiver.port());
        child<QCheckBox>(&dialog, "notify-webhook-on")->setChecked(true);
        child<QLineEdit>(&dialog, "notify-webhook-url")->setText(hook);
        child<QCheckBox>(&dialog, "notify-smtp-on")->setChecked(true);
        child<QLineEdit>(&dialog, "notify-smtp-host")->setText(QStringLiteral("127.0.0.1"));
        auto* tls = child<QComboBox>(&dialog, "notify-smtp-tls");
        tls->setCurrentIndex(tls->findData(QStringLiteral("none")));
        QCOMPARE(child<QSpinBox>(&dialog, "notify-smtp-port")->value(), 25); // the mode's port
        child<QSpinBox>(&dialog, "notify-smtp-port")->setValue(sink.serverPort());
        child<QLineEdit>(&dialog, "notify-smtp-from")->setText(QStringLiteral("pgpilot@ops.example.net"));
        child<QLineEdit>(&dialog, "notify-smtp-to")
            ->setText(QStringLiteral("oncall@example.net; dba@example.net"));
        child<QLineEdit>(&dialog, "notify-smtp-user")->setText(QStringLiteral("pgpilot"));
        child<QLineEdit>(&dialog, "notify-smtp-password")->setText(QStringLiteral("smtp-pass-typed"));
        auto* table = child<QTableWidget>(&dialog, "notify-rules");
        QCOMPARE(table->rowCount(), int(allAlarmKinds().size()));
        const int lag = ruleRow(table, QStringLiteral("lag-high"));
        qobject_cast<QCheckBox*>(table->cellWidget(lag, 1))->setChecked(true);
        QVERIFY(!table->cellWidget(lag, 4)->isEnabled()); // muted: the rest does not apply
        const int noPrimary = ruleRow(table, QStringLiteral("no-primary"));
        qobject_cast<QSpinBox*>(table->cellWidget(noPrimary, 4))->setValue(900);
        auto* threshold = qobject_cast<QComboBox*>(
            table->cellWidget(ruleRow(table, QStringLiteral("repmgrd-not-running")), 2));
        threshold->setCurrentIndex(threshold->findData(QStringLiteral("critical")));
        child<QSpinBox>(&dialog, "notify-clear-hold")->setValue(60);

        const NotifyConfig c = dialog.config();
        QVERIFY(c.policy.rule(AlarmKind::LagHigh).muted);
        QCOMPARE(c.policy.repeatFor(AlarmKind::NoPrimary), 900);
        QCOMPARE(c.policy.rule(AlarmKind::RepmgrdNotRunning).minSeverity, std::optional(Severity::Critical));
        QCOMPARE(c.policy.rules.size(), size_t(3));
        QCOMPARE(c.policy.clearHoldSeconds, 60);
        QCOMPARE(c.smtp->settings.to,
            (QStringList {QStringLiteral("oncall@example.net"), QStringLiteral("dba@example.net")}));
        QVERIFY(c.webhook && c.webhook->url.isEmpty()); // the URL goes to the keychain
        QVERIFY(dialog.problems().isEmpty());

        // The test button, before anything is saved: both channels with the typed secrets.
        QSignalSpy tested(&dialog, &NotificationsDialog::testFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "notify-test"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
        auto* results = child<QLabel>(&dialog, "notify-test-results");
        QVERIFY2(tested.first().first().toBool(), qPrintable(results->text()));
        QVERIFY2(results->text().contains(QStringLiteral("webhook"))
                && results->text().contains(QStringLiteral("HTTP 200")),
            qPrintable(results->text()));
        QVERIFY2(results->text().contains(QStringLiteral("smtp"))
                && results->text().contains(QStringLiteral("250 2.0.0")),
            qPrintable(results->text()));
        QVERIFY(!results->text().contains(QStringLiteral("TOKEN-123")));
        QCOMPARE(receiver.bodies.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(receiver.bodies.first())
                     .object()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("test"));
        QCOMPARE(sink.messages.size(), 1);
        QVERIFY(sink.messages.first().data.contains("Subject: [pgpilot] TEST main"));
        QCOMPARE(sink.messages.first().to.size(), 2);
        QVERIFY(read(secrets, QStringLiteral("pgpilot:notify:smtp")).isEmpty()); // a test stores nothing

        // The desktop without a session bus (this test has none): a result in words, not a crash.
        child<QCheckBox>(&dialog, "notify-desktop-on")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&dialog, "notify-test"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 2, 20000);
        QVERIFY(!tested.last().first().toBool());
        QVERIFY2(
            results->text().contains(QStringLiteral("no D-Bus session bus")), qPrintable(results->text()));
        QVERIFY(results->isVisible());
        shoot(&dialog, QStringLiteral("notifications-channels.png"));
        QStringList looks = uichecks::clipped(&dialog) + uichecks::unnamedControls(&dialog);
        child<QTabWidget>(&dialog, "notify-tabs")->setCurrentIndex(1);
        shoot(&dialog, QStringLiteral("notifications-when.png"));
        looks << uichecks::clipped(&dialog) << uichecks::unnamedControls(&dialog);
        QVERIFY2(looks.isEmpty(), qPrintable(looks.join(u'\n')));
        child<QTabWidget>(&dialog, "notify-tabs")->setCurrentIndex(0);

        // A mistake is shown and nothing is written.
        child<QLineEdit>(&dialog, "notify-smtp-from")
            ->setText(QStringLiteral("pgpilot@ops.example.net\nBcc: x@y.z"));
        QSignalSpy saved(&dialog, &NotificationsDialog::saved);
        QTest::mouseClick(child<QPushButton>(&dialog, "notify-save"), Qt::LeftButton);
        auto* problems = child<QLabel>(&dialog, "notify-problems");
        QVERIFY(problems->isVisible());
        QVERIFY2(
            problems->text().contains(QStringLiteral("channels.smtp.from")), qPrintable(problems->text()));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(saved.size(), 0);
        child<QLineEdit>(&dialog, "notify-webhook-url")
            ->setText(QStringLiteral("https://user:pw@hooks.example.net/x"));
        child<QLineEdit>(&dialog, "notify-smtp-from")->setText(QStringLiteral("pgpilot@ops.example.net"));
        QTest::mouseClick(child<QPushButton>(&dialog, "notify-save"), Qt::LeftButton);
        QVERIFY2(problems->text().contains(QStringLiteral("webhook URL")), qPrintable(problems->text()));
        QVERIFY(!QFile::exists(path));

        // Saved: the secrets in the keychain, the file naming them only.
        child<QLineEdit>(&dialog, "notify-webhook-url")->setText(hook);
        QTest::mouseClick(child<QPushButton>(&dialog, "notify-save"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 5000);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(!text.contains("TOKEN-123") && !text.contains("smtp-pass-typed"), text.constData());
        QCOMPARE(read(secrets, QStringLiteral("pgpilot:notify:webhook")), hook.toUtf8());
        QCOMPARE(read(secrets, QStringLiteral("pgpilot:notify:smtp")), QByteArray("smtp-pass-typed"));
        const NotifyConfigLoad loaded = loadNotifyConfig(path);
        QVERIFY(loaded.config);
        QVERIFY(*loaded.config == saved.first().first().value<NotifyConfig>());
        QVERIFY(*loaded.config == dialog.config());

        // Opened again: the same fields; the secrets are not shown, only said to be stored.
        NotificationsDialog again(&secrets, path);
        QVERIFY(again.config() == *loaded.config);
        QVERIFY(child<QLineEdit>(&again, "notify-smtp-password")->text().isEmpty());
        QTRY_VERIFY(!child<QLineEdit>(&again, "notify-smtp-password")->placeholderText().isEmpty());
        QVERIFY(child<QLineEdit>(&again, "notify-webhook-url")->text().isEmpty());
    }

    void anInvalidFileIsShown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notifications.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"policy\": {\"repeat\": \"often\"}\n}\n");
        file.close();
        MemorySecretStore secrets;
        NotificationsDialog dialog(&secrets, path);
        dialog.show();
        auto* problems = child<QLabel>(&dialog, "notify-problems");
        QVERIFY(problems->isVisible());
        QVERIFY2(
            problems->text().contains(QStringLiteral("line 2, policy.repeat")), qPrintable(problems->text()));
        QCOMPARE(dialog.config(), NotifyConfig {});
    }
};

int main(int argc, char** argv)
{
    // No session bus: the desktop channel must say so (and no real notification pops up).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/pgpilot-test-bus");
    QApplication app(argc, argv);
    TestNotificationsDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notificationsdialog.moc"
