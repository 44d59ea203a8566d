// SPDX-License-Identifier: GPL-3.0-or-later
// The worksheet's settings section (speccheck.h): PostgreSQL parameters held to a form that is safe
// in a configuration file, the parameters pgpilot sets itself refused, HAProxy/Keepalived timings
// within sane ranges. Whether a parameter exists and takes the value is the server's to say
// (settings/pgparameters.h, against pg_settings).
#include "speccheck.h"

#include <QCoreApplication>

namespace pgpilot {

namespace {

using speccheck::quoted;
using speccheck::tr;
using speccheck::withReason;

struct Owned
{
    const char* name; // the parameter, or a prefix when it ends with '*'
    const char* owner; // the worksheet key or what of pgpilot's sets it (not translated: a key)
    const char* why; // QT_TRANSLATE_NOOP in pgpilot::SpecValidator
};

// What conf.d/pgpilot.conf and the phases set (resources/templates/postgresql-pgpilot.conf,
// tlsDropInSettings, repmgr), and what pgpilot relies on finding as Debian sets it.
const Owned kOwned[] = {
    {"listen_addresses", "nodes[].address",
        QT_TRANSLATE_NOOP(
            "pgpilot::SpecValidator", "PostgreSQL listens on localhost and the node's address.")},
    {"port", "ports.postgres", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "the port every node uses.")},
    {"password_encryption", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "scram-sha-256, which pg_hba.conf's rules expect.")},
    {"wal_level", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "replica, for streaming replication.")},
    {"hot_standby", "pgpilot", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "on: standbys serve reads.")},
    {"max_wal_senders", "nodes",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "derived from the number of nodes.")},
    {"max_replication_slots", "nodes",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "derived from the number of nodes.")},
    {"wal_keep_size", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "what a standby may fall behind without a slot.")},
    {"max_slot_wal_keep_size", "replication.maxSlotWalKeepSize",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set it there.")},
    {"wal_sender_timeout", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "the quorum fence and failover timings count on it.")},
    {"wal_receiver_timeout", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "the quorum fence and failover timings count on it.")},
    {"wal_retrieve_retry_interval", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "the quorum fence and failover timings count on it.")},
    {"wal_log_hints", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "on: pg_rewind needs it to rejoin a former primary.")},
    {"shared_preload_libraries", "pgpilot",
        QT_TRANSLATE_NOOP(
            "pgpilot::SpecValidator", "repmgr must be loaded; other libraries are not offered yet.")},
    {"archive_mode", "archiving.mode", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set it there.")},
    {"archive_command", "archiving.mode", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set it there.")},
    {"archive_library", "archiving.mode", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set it there.")},
    {"archive_timeout", "archiving.mode",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pgBackRest's archiving sets it.")},
    {"restore_command", "archiving.mode",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "repmgr writes it for pgBackRest's archive.")},
    {"synchronous_standby_names", "replication.mode",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set the mode and replication.syncQuorum there.")},
    {"primary_conninfo", "repmgr",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "repmgr points each standby at the primary.")},
    {"primary_slot_name", "repmgr",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "repmgr points each standby at the primary.")},
    {"recovery_target*", "pgpilot restore",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "a point-in-time recovery sets it for its run only.")},
    {"promote_trigger_file", "repmgr", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "repmgr promotes.")},
    {"ssl*", "tls.mode", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "set TLS there.")},
    {"data_directory", "Debian",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pg_ctlcluster and pgpilot find the cluster there.")},
    {"config_file", "Debian",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pg_ctlcluster and pgpilot find the cluster there.")},
    {"hba_file", "Debian",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pgpilot writes its rules into that file.")},
    {"ident_file", "Debian",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pg_ctlcluster and pgpilot find the cluster there.")},
    {"external_pid_file", "Debian",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pg_ctlcluster and pgpilot find the cluster there.")},
    {"unix_socket_directories", "pgpilot",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "pgpilot's psql connects through /var/run/postgresql.")},
    {"include", "-", QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "settings are values, never other files.")},
    {"include_dir", "-",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "settings are values, never other files.")},
    {"include_if_exists", "-",
        QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "settings are values, never other files.")},
};

const Owned* ownedParameter(const QString& name)
{
    for (const Owned& o : kOwned) {
        const QLatin1String n(o.name);
        const bool prefix = n.endsWith(QLatin1Char('*'));
        if (prefix ? name.startsWith(n.chopped(1)) : name == n)
            return &o;
    }
    return nullptr;
}

// Why value cannot go into the file between single quotes, empty when it can.
QString badValue(const QString& value)
{
    if (value.isEmpty())
        return tr("Give a value (remove the row to go back to the server's default).");
    if (value.size() > settingsrules::kMaxValueLength)
        return tr("The value is %1 characters long; at most %2 fit.")
            .arg(value.size())
            .arg(settingsrules::kMaxValueLength);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return tr("The value contains a line break: it must be one line.");
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return tr("The value contains a quote (%1): pgpilot quotes the value itself, leave quotes out.")
                .arg(c);
        if (c == QLatin1Char('\\'))
            return tr("The value contains a backslash, which a configuration file would read as an escape.");
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("The value contains the character U+%1 at position %2: only printable ASCII characters "
                      "(letters, digits, spaces and signs) are taken.")
                .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper())
                .arg(i + 1);
    }
    // The executor fills {{secret:...}} and the like into file contents: never from a value.
    if (value.contains(QLatin1String("{{")) || value.contains(QLatin1String("}}")))
        return tr("The value contains '{{' or '}}', which pgpilot's files reserve for their placeholders.");
    return {};
}

struct Range
{
    const char* key; // under settings.
    int value;
    int min;
    int max;
    const char* what; // QT_TRANSLATE_NOOP: "%1" min, "%2" max, with the unit
};

} // namespace

namespace settingsrules {

bool isParameterName(const QString& name)
{
    return name.size() <= kMaxNameLength
        && rules::matchesPattern(name, QStringLiteral("^[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*$"));
}

QString ownedParameterOwner(const QString& name)
{
    const Owned* o = ownedParameter(name);
    return o ? QString::fromLatin1(o->owner) : QString();
}

QString ownedParameterMessage(const QString& name)
{
    const Owned* o = ownedParameter(name);
    if (!o)
        return {};
    const QString why = QCoreApplication::translate("pgpilot::SpecValidator", o->why);
    const QLatin1String owner(o->owner);
    if (owner == QLatin1String("-"))
        return tr("%1 cannot be set here: %2").arg(name, why);
    if (owner == QLatin1String("Debian"))
        return tr("%1 belongs to Debian's layout of the cluster, which pgpilot relies on: %2").arg(name, why);
    if (owner.contains(QLatin1Char('.')) || owner == QLatin1String("nodes"))
        return tr("pgpilot sets %1 from the worksheet's %2: %3").arg(name, owner, why);
    return tr("pgpilot sets %1 itself (%2): %3").arg(name, owner, why);
}

QString valueProblem(const QString& value)
{
    return badValue(value);
}

} // namespace settingsrules

void speccheck::checkSettings(const ClusterSpec& spec, ValidationIssues& issues)
{
    const auto add = [&issues](const QString& field, const QString& message) {
        issues.append({field, message});
    };
    const SettingsSpec& s = spec.settings;
    if (s.postgresql.size() > settingsrules::kMaxParameters)
        add(QStringLiteral("settings.postgresql"),
            tr("%1 PostgreSQL parameters are more than the %2 the worksheet takes.")
                .arg(s.postgresql.size())
                .arg(settingsrules::kMaxParameters));
    for (auto it = s.postgresql.cbegin(); it != s.postgresql.cend(); ++it) {
        const QString& name = it.key();
        const QString field = QStringLiteral("settings.postgresql.") + name;
        if (!settingsrules::isParameterName(name)) {
            add(field,
                withReason(name,
                    tr("%1 is not a parameter name: lower-case letters, digits, '_' and '.' between parts "
                       "(e.g. work_mem or auto_explain.log_min_duration), at most %2 characters.")
                        .arg(quoted(name))
                        .arg(settingsrules::kMaxNameLength)));
            continue;
        }
        if (const QString owned = settingsrules::ownedParameterMessage(name); !owned.isEmpty()) {
            add(field, owned);
            continue;
        }
        // With quorum commit, a commit that returns before the standbys have it is what a
        // failover would lose: the replication mode decides it.
        if (name == QLatin1String("synchronous_commit")
            && spec.replication.mode == ReplicationMode::SyncQuorum) {
            add(field,
                tr("pgpilot sets synchronous_commit from the worksheet's replication.mode: with synchronous "
                   "quorum every commit waits for its standbys (on); another value would let a failover "
                   "lose acknowledged writes."));
            continue;
        }
        if (const QString bad = badValue(it.value()); !bad.isEmpty())
            add(field, QStringLiteral("%1: %2").arg(name, bad));
    }

    const HaproxyTimings& h = s.haproxy;
    const KeepalivedTimings& k = s.keepalived;
    const Range ranges[] = {
        {"haproxy.checkInterMs", h.checkInterMs, 100, 60000,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "HAProxy checks an up server every %1 to %2 ms.")},
        {"haproxy.checkDownInterMs", h.checkDownInterMs, 100, 60000,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "HAProxy checks a down server every %1 to %2 ms.")},
        {"haproxy.checkFall", h.checkFall, 1, 10,
            QT_TRANSLATE_NOOP(
                "pgpilot::SpecValidator", "HAProxy marks a server down after %1 to %2 failed checks.")},
        {"haproxy.checkRise", h.checkRise, 1, 10,
            QT_TRANSLATE_NOOP(
                "pgpilot::SpecValidator", "HAProxy marks a server up after %1 to %2 good checks.")},
        {"haproxy.timeoutConnectMs", h.timeoutConnectMs, 100, 60000,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "HAProxy's connect timeout is %1 to %2 ms.")},
        {"haproxy.timeoutCheckMs", h.timeoutCheckMs, 100, 60000,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "HAProxy's check timeout is %1 to %2 ms.")},
        {"haproxy.timeoutClientS", h.timeoutClientS, 10, 86400,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator",
                "HAProxy closes an idle client connection after %1 to %2 s (pooled connections sit idle "
                "for long stretches).")},
        {"haproxy.timeoutServerS", h.timeoutServerS, 10, 86400,
            QT_TRANSLATE_NOOP(
                "pgpilot::SpecValidator", "HAProxy closes an idle server connection after %1 to %2 s.")},
        {"keepalived.advertIntMs", k.advertIntMs, 50, 10000,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "Keepalived sends a VRRP advert every %1 to %2 ms.")},
        {"keepalived.checkIntervalS", k.checkIntervalS, 1, 60,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator", "Keepalived checks the primary every %1 to %2 s.")},
        {"keepalived.checkTimeoutS", k.checkTimeoutS, 3, 60,
            QT_TRANSLATE_NOOP("pgpilot::SpecValidator",
                "Keepalived's check may take %1 to %2 s (it waits up to 2 s for the health answer).")},
        {"keepalived.checkFall", k.checkFall, 1, 10,
            QT_TRANSLATE_NOOP(
                "pgpilot::SpecValidator", "Keepalived gives the VIP up after %1 to %2 failed checks.")},
        {"keepalived.checkRise", k.checkRise, 1, 10,
            QT_TRANSLATE_NOOP(
                "pgpilot::SpecValidator", "Keepalived claims the VIP after %1 to %2 good checks.")},
    };
    for (const Range& r : ranges) {
        if (r.value < r.min || r.value > r.max)
            add(QStringLiteral("settings.") + QLatin1String(r.key),
                QStringLiteral("%1 %2").arg(
                    QCoreApplication::translate("pgpilot::SpecValidator", r.what).arg(r.min).arg(r.max),
                    tr("%1 is out of range.").arg(r.value)));
    }
    if (k.advertIntMs >= 50 && k.advertIntMs <= 10000 && k.advertIntMs % 10 != 0)
        add(QStringLiteral("settings.keepalived.advertIntMs"),
            tr("VRRP version 3 counts the advert interval in hundredths of a second: give a multiple of 10 "
               "ms "
               "(%1 is not).")
                .arg(k.advertIntMs));
}

} // namespace pgpilot
