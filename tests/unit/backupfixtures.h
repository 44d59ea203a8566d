// SPDX-License-Identifier: GPL-3.0-or-later
// What the repository host's status script (resources/templates/pgpilot-backup-status.py) prints,
// with `pgbackrest info --output=json` shaped as pgBackRest 2.45 renders it
// (src/command/info/info.c): shared by tst_backupprobe and tst_backupderive.
#pragma once

#include <QByteArray>
#include <QString>

namespace backupfixtures {

// 2024-06-03 07:33:20 UTC: the script's "now".
constexpr qint64 kNow = 1717400000;

// One stanza "main": a full backup on Sunday 2024-06-02 01:30, a diff on Monday 01:30, both good;
// the archive of database 1 (15-1); the full timer next on Sunday 2024-06-09 01:30, the diff timer
// on Tuesday 2024-06-04 01:30; 45 GiB free of 100 GiB.
inline QString info(
    const QString& status = QStringLiteral(R"({"code":0,"lock":{"backup":{"held":false}},"message":"ok"})"),
    const QString& backups = {})
{
    const QString defaultBackups = QStringLiteral(R"([
 {"annotation":null,"archive":{"start":"000000010000000000000003","stop":"000000010000000000000003"},
  "backrest":{"format":5,"version":"2.45"},"database":{"id":1,"repo-key":1},"error":false,
  "info":{"delta":31200000,"repository":{"delta":4100000,"size":4100000},"size":31200000},
  "label":"20240602-013002F","link":null,"lsn":{"start":"0/3000028","stop":"0/3000138"},
  "prior":null,"reference":null,"tablespace":null,"timestamp":{"start":1717291802,"stop":1717291810},
  "type":"full"},
 {"annotation":null,"archive":{"start":"000000010000000000000010","stop":"000000010000000000000010"},
  "backrest":{"format":5,"version":"2.45"},"database":{"id":1,"repo-key":1},"error":false,
  "info":{"delta":90000,"repository":{"delta":12000,"size":4100000},"size":31300000},
  "label":"20240602-013002F_20240603-013001D","link":null,
  "lsn":{"start":"0/10000028","stop":"0/10000100"},"prior":"20240602-013002F",
  "reference":["20240602-013002F"],"tablespace":null,"timestamp":{"start":1717378201,"stop":1717378204},
  "type":"diff"}])");
    return QStringLiteral(R"([{"archive":[{"database":{"id":1,"repo-key":1},"id":"15-1",
  "max":"000000010000000000000012","min":"000000010000000000000003"}],
 "backup":%1,
 "cipher":"aes-256-cbc",
 "db":[{"id":1,"repo-key":1,"system-id":7375545645612345678,"version":"15"}],
 "name":"main",
 "repo":[{"cipher":"aes-256-cbc","key":1,"status":{"code":0,"message":"ok"}}],
 "status":%2}])")
        .arg(backups.isEmpty() ? defaultBackups : backups, status);
}

inline QString timers(const QString& diffResult = QStringLiteral("success"), int diffExit = 0)
{
    return QStringLiteral(R"({"full":{"nextUsec":1717896600000000,"lastTriggerUsec":1717291800000000,
  "result":"success","exitStatus":0,"active":false},
 "diff":{"nextUsec":1717464600000000,"lastTriggerUsec":1717378200000000,"result":"%1","exitStatus":%2,
  "active":false}})")
        .arg(diffResult)
        .arg(diffExit);
}

// The script's "wal" member: the archive 15-1 checked, 16 MiB segments, 17 files; gaps: its JSON
// array (see gap()).
inline QString wal(const QString& gaps = QStringLiteral("[]"), bool checked = true, const QString& error = {})
{
    return QStringLiteral(R"({"checked":%1,"error":"%2","archiveId":"15-1","segmentBytes":16777216,
 "files":17,"timelines":[{"timeline":1,"from":"000000010000000000000003","to":"000000010000000000000012",
 "present":16,"partial":""}],"gaps":%3,"gapsTotal":%4})")
        .arg(checked ? QStringLiteral("true") : QStringLiteral("false"), error, gaps)
        .arg(gaps.count(QStringLiteral("\"first\"")));
}

// One gap of timeline 1 as the script describes it: segments first..last (hex of the last 8
// digits), the full backup before it, healedBy: a label or "".
inline QString gap(const QString& first, const QString& last, int count, const QString& healedBy = {},
    const QString& breaks = QStringLiteral(R"(["20240602-013002F"])"))
{
    const QString prefix = QStringLiteral("0000000100000000000000");
    return QStringLiteral(R"({"timeline":1,"first":"%1%2","last":"%1%3","count":%4,
 "before":"%1%5","beforeTime":1717300000,"after":"%1%6","afterTime":1717310000,
 "breaks":%7,"healedBy":"%8","healedAt":%9})")
        .arg(prefix, first, last)
        .arg(count)
        .arg(QStringLiteral("%1").arg(first.toInt(nullptr, 16) - 1, 2, 16, QLatin1Char('0')).toUpper(),
            QStringLiteral("%1").arg(last.toInt(nullptr, 16) + 1, 2, 16, QLatin1Char('0')).toUpper(), breaks,
            healedBy)
        .arg(healedBy.isEmpty() ? 0 : 1717378204);
}

// The script's whole answer; info: the "info" member's JSON text ("null" for none); walJson: its
// "wal" member (empty: none, as a script older than the archive check sends).
inline QByteArray output(const QString& infoJson = info(), const QString& infoError = {},
    const QString& timersJson = timers(),
    const QString& repo = QStringLiteral(R"({"freeBytes":48318382080,"totalBytes":107374182400})"),
    const QString& walJson = {})
{
    return QStringLiteral(R"({"format":1,"stanza":"main","pgbackrest":"2.45","info":%1,"infoError":"%2",
 "timers":%3,"timersError":"","repo":%4,%6"now":%5,"error":""})")
        .arg(infoJson, infoError, timersJson, repo)
        .arg(kNow)
        .arg(walJson.isEmpty() ? QString() : QStringLiteral("\"wal\":%1,").arg(walJson))
        .toUtf8();
}

// A complete answer of this pgpilot's script with the given gaps.
inline QByteArray outputWithWal(const QString& walJson)
{
    return output(info(), {}, timers(),
        QStringLiteral(R"({"freeBytes":48318382080,"totalBytes":107374182400})"), walJson);
}

} // namespace backupfixtures
