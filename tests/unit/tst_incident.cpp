// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications from a cluster's snapshots (issue 18): one incident at a time per cluster, a
// flapping node kept to one incident, escalation, repeat, the severity threshold and the JSON.
#include "notify/incident.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pgpilot;

namespace {

const QDateTime kStart = QDateTime::fromString(QStringLiteral("2026-12-05T03:00:00Z"), Qt::ISODate);

Alarm alarm(AlarmKind kind, Severity severity, const QString& node = {})
{
    Alarm a;
    a.kind = kind;
    a.severity = severity;
    a.node = node;
    a.title = toId(kind) + QLatin1Char(' ') + node;
    return a;
}

ClusterSnapshot at(int second, const QList<Alarm>& alarms = {})
{
    ClusterSnapshot s;
    s.cluster = QStringLiteral("main");
    s.time = kStart.addSecs(second);
    s.alarms = alarms;
    return s;
}

// Feeds one snapshot a second from `from` to `to` (inclusive) with the same alarms.
QList<Notification> run(IncidentTracker& t, int from, int to, const QList<Alarm>& alarms = {})
{
    QList<Notification> out;
    for (int s = from; s <= to; ++s)
        out << t.feed(at(s, alarms));
    return out;
}

} // namespace

class TestIncident : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyClusterSendsNothing()
    {
        IncidentTracker t;
        QVERIFY(run(t, 0, 3600).isEmpty());
        QVERIFY(!t.isOpen());
    }

    // The lab case, as snapshots: the primary crashes (no primary, its node down), a
    // standby is promoted (the node stays down a while, a warning comes and goes), then it is
    // rejoined. One critical notification, one recovery, nothing more.
    void crashGivesOneCriticalAndOneRecovery()
    {
        IncidentTracker t;
        QList<Notification> sent = run(t, 0, 9);
        const Alarm noPrimary = alarm(AlarmKind::NoPrimary, Severity::Critical);
        const Alarm down = alarm(AlarmKind::NodeUnreachable, Severity::Critical, QStringLiteral("pg1"));
        const Alarm vip = alarm(AlarmKind::VipNotHeld, Severity::Critical);
        const Alarm repmgrd = alarm(AlarmKind::RepmgrdNotRunning, Severity::Warning, QStringLiteral("pg1"));
        sent << run(t, 10, 14, {noPrimary, down, vip});
        sent << run(t, 15, 60, {down, repmgrd});
        sent << run(t, 61, 90, {down});
        sent << run(t, 91, 200);
        QCOMPARE(sent.size(), 2);
        const Notification& first = sent.first();
        QCOMPARE(first.state, Notification::State::Firing);
        QCOMPARE(first.reason, Notification::Reason::Opened);
        QCOMPARE(first.severity, Severity::Critical);
        QCOMPARE(first.time, kStart.addSecs(10)); // critical: at once, no group wait
        QCOMPARE(first.openedAt, kStart.addSecs(10));
        QCOMPARE(first.alerts.size(), 3);
        const Notification& last = sent.last();
        QCOMPARE(last.state, Notification::State::Resolved);
        QCOMPARE(last.severity, Severity::Critical); // the incident's worst
        QCOMPARE(last.time, kStart.addSecs(91 + 30)); // after the clear hold
        QCOMPARE(last.alerts.size(), 4);
        for (const Notification::Alert& a : last.alerts)
            QVERIFY2(!a.firing && a.until.isValid(), qPrintable(a.key));
        QCOMPARE(last.incident, first.incident);
        QVERIFY(!t.isOpen());
    }

    // A node that flaps every few seconds for two minutes is one incident: opened once, resolved
    // once, the clear hold after its last flap.
    void flappingNodeIsOneIncident()
    {
        IncidentTracker t;
        const Alarm down = alarm(AlarmKind::NodeUnreachable, Severity::Critical, QStringLiteral("pg3"));
        QList<Notification> sent;
        for (int s = 0; s < 120; ++s)
            sent << t.feed(at(s, (s / 5) % 2 == 0 ? QList<Alarm> {down} : QList<Alarm> {}));
        sent << run(t, 120, 300);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.first().reason, Notification::Reason::Opened);
        QCOMPARE(sent.last().reason, Notification::Reason::Resolved);
        QCOMPARE(sent.last().time, kStart.addSecs(115 + 30)); // quiet from 115 (the last flap ended)
    }

    // A crash shows first as warnings (a standby's WAL receiver broke), a tick later as critical
    // alarms: one message, critical. And a warning blip shorter than the group wait is never told;
    // a critical one is (at once), unless critical alarms wait too (criticalAtOnce false).
    void groupWaitFoldsTheFirstTicks()
    {
        IncidentTracker t;
        const Alarm broken = alarm(AlarmKind::ReplicationBroken, Severity::Warning, QStringLiteral("pg2"));
        const Alarm noPrimary = alarm(AlarmKind::NoPrimary, Severity::Critical);
        QList<Notification> sent = run(t, 0, 0, {broken});
        sent << run(t, 1, 30, {broken, noPrimary});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().severity, Severity::Critical);
        QCOMPARE(sent.first().alerts.size(), 2);
        IncidentTracker warningBlip;
        QList<Notification> none = run(warningBlip, 0, 0, {broken});
        none << run(warningBlip, 1, 100);
        QVERIFY2(none.isEmpty(), "a one-tick warning was notified");

        IncidentTracker criticalBlip;
        QList<Notification> told = run(criticalBlip, 0, 0, {noPrimary});
        QCOMPARE(told.size(), 1);
        QCOMPARE(told.first().time, kStart); // the tick the monitor saw it
        told << run(criticalBlip, 1, 100);
        QCOMPARE(told.size(), 2);
        QCOMPARE(told.last().state, Notification::State::Resolved);

        NotifyPolicy waits;
        waits.criticalAtOnce = false;
        IncidentTracker before(waits);
        QList<Notification> quiet = run(before, 0, 0, {noPrimary});
        quiet << run(before, 1, 100);
        QVERIFY2(quiet.isEmpty(), "a one-tick critical blip was notified although critical alarms wait");
        IncidentTracker crash(waits);
        QList<Notification> late = run(crash, 0, 5, {noPrimary});
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.first().time, kStart.addSecs(1)); // one group wait after the monitor saw it
    }

    void warningThenCriticalEscalates()
    {
        IncidentTracker t;
        const Alarm lag = alarm(AlarmKind::LagHigh, Severity::Warning, QStringLiteral("pg2"));
        const Alarm broken = alarm(AlarmKind::ReplicationBroken, Severity::Critical, QStringLiteral("pg2"));
        QList<Notification> sent = run(t, 0, 10, {lag});
        sent << run(t, 11, 20, {lag, broken});
        sent << run(t, 21, 30, {lag}); // back to a warning: no new message
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).severity, Severity::Warning);
        QCOMPARE(sent.at(1).reason, Notification::Reason::Escalated);
        QCOMPARE(sent.at(1).severity, Severity::Critical);
    }

    void thresholdAndRepeat()
    {
        NotifyPolicy policy;
        policy.minSeverity = Severity::Critical;
        policy.repeatSeconds = 600;
        IncidentTracker t(policy);
        const Alarm lag = alarm(AlarmKind::LagHigh, Severity::Warning, QStringLiteral("pg2"));
        QVERIFY(run(t, 0, 100, {lag}).isEmpty()); // below the threshold
        QVERIFY(!t.isOpen());
        const Alarm split = alarm(AlarmKind::SplitBrain, Severity::Critical);
        const QList<Notification> sent = run(t, 101, 101 + 1300, {lag, split});
        QCOMPARE(sent.size(), 3); // opened, repeated at +600 and +1200
        QCOMPARE(sent.at(1).reason, Notification::Reason::Repeat);
        QCOMPARE(sent.at(1).time, kStart.addSecs(701)); // announced at 101 (critical: at once)
        QCOMPARE(sent.at(2).time, kStart.addSecs(1301));
        QCOMPARE(sent.first().alerts.size(), 1); // the warning is not part of it
        // A second incident later gets the next number.
        QList<Notification> more = run(t, 1402, 1500);
        QCOMPARE(more.size(), 1);
        more << run(t, 1501, 1502, {split});
        QCOMPARE(more.last().incident, sent.first().incident + 1);
        QCOMPARE(more.last().alerts.size(), 1);
    }

    // Per-alarm rules (issue 18): a muted kind never opens or joins an incident.
    void mutedKindIsNeverNotified()
    {
        NotifyPolicy policy;
        policy.rules[AlarmKind::CertificateExpiring].muted = true;
        IncidentTracker t(policy);
        const Alarm cert = alarm(AlarmKind::CertificateExpiring, Severity::Critical, QStringLiteral("pg1"));
        QVERIFY(run(t, 0, 100, {cert}).isEmpty());
        QVERIFY(!t.isOpen());
        const Alarm down = alarm(AlarmKind::NodeUnreachable, Severity::Critical, QStringLiteral("pg2"));
        const QList<Notification> sent = run(t, 101, 110, {cert, down});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().alerts.size(), 1);
        QCOMPARE(sent.first().alerts.first().kind, AlarmKind::NodeUnreachable);
    }

    // A kind's own threshold over the policy's, both ways: lag only when critical, while the
    // policy says warning; repmgrd's warning counted while the policy says critical.
    void perKindThreshold()
    {
        NotifyPolicy policy;
        policy.rules[AlarmKind::LagHigh].minSeverity = Severity::Critical;
        IncidentTracker t(policy);
        const Alarm lag = alarm(AlarmKind::LagHigh, Severity::Warning, QStringLiteral("pg2"));
        QVERIFY(run(t, 0, 100, {lag}).isEmpty());
        const Alarm broken = alarm(AlarmKind::ReplicationBroken, Severity::Warning, QStringLiteral("pg3"));
        QCOMPARE(run(t, 101, 110, {lag, broken}).size(), 1); // the other kind's warning still counts

        NotifyPolicy strict;
        strict.minSeverity = Severity::Critical;
        strict.rules[AlarmKind::RepmgrdNotRunning].minSeverity = Severity::Warning;
        IncidentTracker s(strict);
        const Alarm repmgrd = alarm(AlarmKind::RepmgrdNotRunning, Severity::Warning, QStringLiteral("pg1"));
        QVERIFY(run(s, 0, 50, {lag}).isEmpty());
        const QList<Notification> sent = run(s, 51, 60, {lag, repmgrd});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().severity, Severity::Warning);
        QCOMPARE(sent.first().alerts.size(), 1);
        QCOMPARE(sent.first().alerts.first().kind, AlarmKind::RepmgrdNotRunning);
    }

    // A severity override changes what the alarm counts as, in the message and for escalation.
    void severityOverride()
    {
        NotifyPolicy policy;
        policy.minSeverity = Severity::Critical;
        policy.rules[AlarmKind::HaproxyDown].severity = Severity::Critical;
        policy.rules[AlarmKind::VipNotHeld].severity = Severity::Warning;
        IncidentTracker t(policy);
        const Alarm vip = alarm(AlarmKind::VipNotHeld, Severity::Critical);
        QVERIFY(run(t, 0, 50, {vip}).isEmpty()); // lowered under the threshold
        const Alarm haproxy = alarm(AlarmKind::HaproxyDown, Severity::Warning, QStringLiteral("pg2"));
        const QList<Notification> sent = run(t, 51, 60, {vip, haproxy});
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().severity, Severity::Critical);
        QCOMPARE(sent.first().alerts.first().severity, Severity::Critical);
        QCOMPARE(notificationToJson(sent.first())
                     .value(QStringLiteral("alerts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("severity"))
                     .toString(),
            QStringLiteral("critical"));
    }

    // The repeat interval of the kinds firing now: the shortest wins, 0 means that kind never
    // repeats; grouping stays one incident per cluster.
    void perKindRepeat()
    {
        NotifyPolicy policy;
        policy.repeatSeconds = 0; // by default never
        policy.rules[AlarmKind::NoPrimary].repeatSeconds = 300;
        IncidentTracker t(policy);
        const Alarm lag = alarm(AlarmKind::LagHigh, Severity::Warning, QStringLiteral("pg2"));
        QCOMPARE(run(t, 0, 1000, {lag}).size(), 1); // opened, never repeated
        const Alarm noPrimary = alarm(AlarmKind::NoPrimary, Severity::Critical);
        const QList<Notification> sent = run(t, 1001, 1001 + 700, {lag, noPrimary});
        // Escalated at 1001, then every 300 s while no-primary fires: 1301, 1601.
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).reason, Notification::Reason::Escalated);
        QCOMPARE(sent.at(1).reason, Notification::Reason::Repeat);
        QCOMPARE(sent.at(1).time, kStart.addSecs(1301));
        QCOMPARE(sent.at(2).time, kStart.addSecs(1601));
        QCOMPARE(sent.at(2).incident, sent.at(0).incident); // still the one incident
        // No primary cleared, lag goes on: no repeat any more.
        QVERIFY(run(t, 1702, 3000, {lag}).isEmpty());

        NotifyPolicy quiet;
        quiet.repeatSeconds = 600;
        quiet.rules[AlarmKind::LagHigh].repeatSeconds = 0;
        IncidentTracker q(quiet);
        QCOMPARE(run(q, 0, 5000, {lag}).size(), 1);
    }

    // A changed policy applies from the next snapshot; the open incident stays open.
    void policyChangeKeepsTheIncident()
    {
        IncidentTracker t;
        const Alarm lag = alarm(AlarmKind::LagHigh, Severity::Warning, QStringLiteral("pg2"));
        QCOMPARE(run(t, 0, 5, {lag}).size(), 1);
        NotifyPolicy policy;
        policy.rules[AlarmKind::LagHigh].muted = true;
        t.setPolicy(policy);
        QList<Notification> sent = run(t, 6, 100, {lag});
        QCOMPARE(sent.size(), 1); // muted now: it no longer counts, so the incident resolves
        QCOMPARE(sent.first().state, Notification::State::Resolved);
    }

    void testNotification()
    {
        const Notification n = makeTestNotification(QStringLiteral("main"), kStart);
        const QJsonObject o = notificationToJson(n);
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("test"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("test"));
        QCOMPARE(o.value(QStringLiteral("incident")).toString(), QStringLiteral("0"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(o.value(QStringLiteral("alerts")).toArray().isEmpty());
    }

    void jsonSchema()
    {
        Alarm a = alarm(AlarmKind::NoPrimary, Severity::Critical);
        a.meaning = QStringLiteral("Applications cannot write.");
        a.action = QStringLiteral("Wait for the failover.");
        NotifyPolicy waits; // time and opened_at differ when the group wait applies
        waits.criticalAtOnce = false;
        IncidentTracker waiting(waits);
        const QList<Notification> opened = run(waiting, 0, 1, {a});
        QCOMPARE(opened.size(), 1);
        QJsonObject o = notificationToJson(opened.first());
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("cluster")).toString(), QStringLiteral("main"));
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
        QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(o.value(QStringLiteral("reason")).toString(), QStringLiteral("opened"));
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2026-12-05T03:00:01.000Z"));
        QCOMPARE(o.value(QStringLiteral("opened_at")).toString(), QStringLiteral("2026-12-05T03:00:00.000Z"));
        const QJsonObject alert = o.value(QStringLiteral("alerts")).toArray().first().toObject();
        QCOMPARE(alert.value(QStringLiteral("kind")).toString(), QStringLiteral("no-primary"));
        QCOMPARE(alert.value(QStringLiteral("state")).toString(), QStringLiteral("firing"));
        QCOMPARE(alert.value(QStringLiteral("action")).toString(), a.action);
        QVERIFY(!alert.contains(QStringLiteral("until")));
        const QList<Notification> resolved = run(waiting, 2, 40);
        QCOMPARE(resolved.size(), 1);
        o = notificationToJson(resolved.first());
        QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QCOMPARE(o.value(QStringLiteral("alerts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
            QStringLiteral("resolved"));
    }
};

QTEST_GUILESS_MAIN(TestIncident)
#include "tst_incident.moc"
