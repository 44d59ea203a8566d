// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsfiles.h"

#include "settings/pgparameters.h"

namespace pgpilot {

QString haproxyTime(int ms)
{
    if (ms > 0 && ms % 60000 == 0)
        return QStringLiteral("%1m").arg(ms / 60000);
    if (ms > 0 && ms % 1000 == 0)
        return QStringLiteral("%1s").arg(ms / 1000);
    return QStringLiteral("%1ms").arg(ms);
}

QString keepalivedSeconds(int ms)
{
    QString text = QString::number(ms / 1000.0, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

namespace {

// "1 s", "0.5 s" for a comment.
QString inWords(int ms)
{
    return keepalivedSeconds(ms) + QStringLiteral(" s");
}

} // namespace

QHash<QString, QString> haproxyTimingValues(const ClusterSpec& spec)
{
    const HaproxyTimings& t = spec.settings.haproxy;
    QString comment;
    if (t == HaproxyTimings()) {
        comment = QStringLiteral(
            "# Checks: an UP server every 1 s and down after 3 failures (~3 s, a psql slower than the "
            "health\n"
            "# service's 3 s timeout is needed to fail one); a DOWN server every 0.5 s and up after 1 "
            "success,\n"
            "# so a promoted standby gets writes within 0.5 s (only the one primary can answer 200 here).");
    } else {
        comment = QStringLiteral(
            "# Checks (the worksheet's settings.haproxy): an UP server every %1 and down after %2\n"
            "# failures (~%3); a DOWN server every %4 and up after %5 good check(s).")
                      .arg(inWords(t.checkInterMs))
                      .arg(t.checkFall)
                      .arg(inWords(t.checkInterMs * t.checkFall))
                      .arg(inWords(t.checkDownInterMs))
                      .arg(t.checkRise);
    }
    return {
        {QStringLiteral("timeout_connect"), haproxyTime(t.timeoutConnectMs)},
        {QStringLiteral("timeout_client"), haproxyTime(t.timeoutClientS * 1000)},
        {QStringLiteral("timeout_server"), haproxyTime(t.timeoutServerS * 1000)},
        {QStringLiteral("timeout_check"), haproxyTime(t.timeoutCheckMs)},
        {QStringLiteral("check_timings"),
            QStringLiteral("inter %1 fastinter %1 downinter %2 fall %3 rise %4")
                .arg(haproxyTime(t.checkInterMs), haproxyTime(t.checkDownInterMs))
                .arg(t.checkFall)
                .arg(t.checkRise)},
        {QStringLiteral("check_comment"), comment},
    };
}

QHash<QString, QString> keepalivedTimingValues(const ClusterSpec& spec)
{
    const KeepalivedTimings& t = spec.settings.keepalived;
    QString advert;
    QString check;
    if (t.advertIntMs == KeepalivedTimings().advertIntMs)
        advert = QStringLiteral(
            "    # VRRP version 3 allows sub-second adverts: a standby that just became the primary claims "
            "the\n"
            "    # VIP 0.6 s (3 adverts) plus a skew after the dead holder's last advert, not 3.6 s.");
    else
        advert = QStringLiteral(
            "    # VRRP version 3 (the worksheet's settings.keepalived): a standby that just became the\n"
            "    # primary claims the VIP %1 (3 adverts) plus a skew after the dead holder's last advert.")
                     .arg(inWords(3 * t.advertIntMs));
    const KeepalivedTimings d;
    if (t.checkIntervalS == d.checkIntervalS && t.checkFall == d.checkFall && t.checkRise == d.checkRise)
        check = QStringLiteral(
            "# Every second; the VIP leaves after 3 failed checks (~3 s) and a new primary claims it after\n"
            "# one good check: only the primary can pass it, so rise 1 cannot hand the VIP to a wrong node.");
    else
        check = QStringLiteral(
            "# Every %1 s (the worksheet's settings.keepalived); the VIP leaves after %2 failed checks\n"
            "# (~%3 s) and a new primary claims it after %4 good check(s).")
                    .arg(t.checkIntervalS)
                    .arg(t.checkFall)
                    .arg(t.checkIntervalS * t.checkFall)
                    .arg(t.checkRise);
    return {
        {QStringLiteral("advert_int"), keepalivedSeconds(t.advertIntMs)},
        {QStringLiteral("check_interval"), QString::number(t.checkIntervalS)},
        {QStringLiteral("check_timeout"), QString::number(t.checkTimeoutS)},
        {QStringLiteral("check_fall"), QString::number(t.checkFall)},
        {QStringLiteral("check_rise"), QString::number(t.checkRise)},
        {QStringLiteral("advert_comment"), advert},
        {QStringLiteral("check_comment"), check},
    };
}

namespace render {

RenderedFile postgresSettings(const ClusterSpec& spec, const NodeSpec& node)
{
    QString text = QStringLiteral(
        "# Managed by pgpilot (cluster %1): the worksheet's PostgreSQL parameters (settings.postgresql),\n"
        "# rewritten whole by phase 2 and `pgpilot settings`; local edits are lost. PostgreSQL %2 on %3\n"
        "# reads it after postgresql.conf through its include_dir 'conf.d'; pgpilot's own settings are in\n"
        "# pgpilot.conf beside it.\n")
                       .arg(spec.name)
                       .arg(spec.postgresVersion)
                       .arg(node.name);
    if (spec.settings.postgresql.isEmpty())
        text += QStringLiteral(
            "# The worksheet sets none: postgresql.conf's values and PostgreSQL's defaults apply.\n");
    // Validated (settingsrules): a name and one line of printable ASCII without quotes, backslashes
    // or placeholders; configLine quotes it all the same.
    for (auto it = spec.settings.postgresql.cbegin(); it != spec.settings.postgresql.cend(); ++it)
        text += configLine(it.key(), it.value()) + QLatin1Char('\n');
    RenderedFile f;
    f.id = QStringLiteral("pgpilot-settings.conf");
    f.node = node.name;
    f.path = postgresSettingsFile(spec.postgresVersion);
    f.content = text.toUtf8();
    f.owner = f.group = QStringLiteral("postgres");
    f.mode = 0644;
    return f;
}

} // namespace render

} // namespace pgpilot
