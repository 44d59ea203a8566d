// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

// The worksheet's PostgreSQL parameters against the server's own description of them
// (pg_settings): whether a value is one the server takes, and what changing it needs. Pure: the
// rows come from settingsQuerySql() run on a node (the settings criterion, `pgpilot settings`).

// One parameter as a node reports it: its pg_settings row, and its line in pgpilot's settings file.
struct PgSetting
{
    QString name;
    bool known = true; // false: the server has no such parameter (a typo, or a module not loaded)
    QString vartype; // bool, integer, real, enum, string
    QString unit; // the base unit of integer and real parameters: "kB", "8kB", "MB", "B", "ms", "s", "min"
    QString minVal; // in the base unit (integer and real parameters)
    QString maxVal;
    QStringList enumVals; // the values an enum parameter lists (not its hidden aliases)
    QString context; // internal, postmaster, sighup, superuser-backend, backend, superuser, user
    QString setting; // the value in effect, in the base unit (pg_settings.setting)
    QString current; // the value in effect as SHOW prints it ("128MB")
    bool pendingRestart = false; // the configuration files hold a new value that waits for a restart
    QString sourceFile; // the file the value in effect comes from; empty: a default
    bool inSettingsFile = false; // pgpilot's settings file sets it
    QString fileValue; // ... to this value
    QString fileError; // pg_file_settings' error for that line (also set while a restart is pending)
    bool fileApplied
        = false; // that line is the one in effect (false: an error, a pending restart, or a later line wins)

    bool operator==(const PgSetting&) const = default;
};

// What a change of the parameter needs, from its context.
enum class ApplyBy
{
    Reload, // sighup, superuser, user, backend, superuser-backend: a reload (new sessions for some)
    Restart, // postmaster: a restart of PostgreSQL
    Refused // internal: fixed when PostgreSQL was built or the cluster created
};
ApplyBy applyByContext(const QString& context);
QString toId(ApplyBy by); // "reload", "restart", "refused"

struct ParameterCheck
{
    bool ok = false;
    // Why not: names the parameter, the value and the rule ("work_mem: 64XB: valid units for this
    // parameter are B, kB, MB, GB and TB."), in the server's terms.
    QString error;
    ApplyBy applyBy = ApplyBy::Refused;
    // The value as pg_settings.setting would show it once in effect: integers in the base unit
    // ("16384" for shared_buffers 128MB), bool "on"/"off", enums in lower case, reals as given
    // (compared numerically), strings unchanged. Empty when !ok.
    QString normalized;
};

// Whether the server that reported row takes value for that parameter, as PostgreSQL's own
// parser reads a configuration file's value: booleans (on, off, true, false, yes, no, 1, 0 and
// their unique prefixes), integers (decimal, 0x hexadecimal, 0 octal, fractions rounded) and reals
// with the parameter's units (B kB MB GB TB; us ms s min h d) converted to its base unit and held
// to min_val..max_val, enums among enumvals (and on/off's hidden spellings where an enum has on and
// off), strings as they are. An unknown parameter or an internal one is refused.
ParameterCheck checkParameter(const PgSetting& row, const QString& value);

// True when normalized (checkParameter's) is the value row has in effect.
bool isInEffect(const PgSetting& row, const QString& normalized);

// A base-unit amount in words: "131072" of "kB" -> "128MB", "16384" of "8kB" -> "128MB",
// "60000" of "ms" -> "1min"; as given when it has no unit or is not a whole number of one.
QString describeAmount(const QString& amount, const QString& unit);

// The SQL (run as postgres in any database) that reports, as one JSON array, the pg_settings row
// and settings-file line of every name, of every parameter settingsFile sets today (a name
// removed from the worksheet goes back to its default), and of every parameter that waits for a
// restart (one removed from the worksheet and the file, or changed by hand). names must be valid parameter
// names (settingsrules::isParameterName): they are put between single quotes.
QString settingsQuerySql(const QStringList& names, const QString& settingsFile);
// Its output; nullopt with *error set when it is not the expected JSON.
std::optional<QList<PgSetting>> parseSettingsRows(const QByteArray& output, QString* error);

// pgpilot's file of the worksheet's parameters on a node, beside its own drop-in:
// /etc/postgresql/<v>/main/conf.d/pgpilot-settings.conf.
QString postgresSettingsFile(int pgVersion);

// The line of a configuration file that sets name to value: "name = 'value'" (quotes doubled).
QString configLine(const QString& name, const QString& value);

} // namespace pgpilot
