// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgparameters.h"

#include "cluster/specvalidator.h"
#include "platform/platformprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace pgpilot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("pgpilot::PgParameters", text);
}

// A unit and its size in the family's smallest unit (bytes, microseconds), largest first: the
// order of PostgreSQL's conversion tables, where a fraction is rounded to the next smaller unit.
struct Unit
{
    const char* name;
    double size;
};
constexpr Unit kMemoryUnits[] = {{"TB", 1024.0 * 1024 * 1024 * 1024}, {"GB", 1024.0 * 1024 * 1024},
    {"MB", 1024.0 * 1024}, {"kB", 1024.0}, {"B", 1.0}};
constexpr Unit kTimeUnits[]
    = {{"d", 86400e6}, {"h", 3600e6}, {"min", 60e6}, {"s", 1e6}, {"ms", 1e3}, {"us", 1.0}};

enum class Family
{
    None,
    Memory,
    Time
};

// The parameter's base unit: its family and its size in that family's smallest unit ("8kB": 8192).
struct BaseUnit
{
    Family family = Family::None;
    double size = 1.0;
};

BaseUnit baseUnit(const QString& unit)
{
    if (unit.isEmpty())
        return {};
    static const QRegularExpression memory(QStringLiteral("^([0-9]*)(B|kB|MB|GB|TB)$"));
    if (const auto m = memory.match(unit); m.hasMatch()) {
        const double count = m.captured(1).isEmpty() ? 1.0 : m.captured(1).toDouble();
        for (const Unit& u : kMemoryUnits) {
            if (m.captured(2) == QLatin1String(u.name))
                return {Family::Memory, count * u.size};
        }
    }
    for (const Unit& u : kTimeUnits) {
        if (unit == QLatin1String(u.name))
            return {Family::Time, u.size};
    }
    return {Family::None, 1.0}; // a unit this version does not know: no unit accepted
}

QString validUnits(Family family)
{
    return family == Family::Memory ? QStringLiteral("B, kB, MB, GB, TB")
                                    : QStringLiteral("us, ms, s, min, h, d");
}

// PostgreSQL's convert_to_base_unit: value in unit (the text after the number, spaces allowed
// after it) to the base unit, a fraction rounded to the next smaller unit. False for a unit the
// parameter does not take.
bool toBaseUnit(double value, QString unitText, const BaseUnit& base, double* out)
{
    unitText = unitText.trimmed();
    const Unit* table = base.family == Family::Memory ? kMemoryUnits : kTimeUnits;
    const int count
        = base.family == Family::Memory ? int(std::size(kMemoryUnits)) : int(std::size(kTimeUnits));
    for (int i = 0; i < count; ++i) {
        if (unitText != QLatin1String(table[i].name))
            continue;
        double converted = value * (table[i].size / base.size);
        if (i + 1 < count) {
            const double smaller = table[i + 1].size / base.size;
            converted = std::rint(converted / smaller) * smaller;
        }
        *out = converted;
        return true;
    }
    return false;
}

// strtod without the locale: optional spaces and sign, then a decimal number; *end after it.
bool parseDouble(const std::string& text, std::size_t start, double* out, std::size_t* end)
{
    std::size_t i = start;
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])))
        ++i;
    bool negative = false;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
        negative = text[i] == '-';
        ++i;
    }
    // from_chars takes no sign of its own before infinity or NaN spellings either: digits or '.'.
    if (i >= text.size() || !(std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.'))
        return false;
    double value = 0;
    const char* first = text.data() + i;
    const char* last = text.data() + text.size();
    const char* stop = nullptr;
    if (last - first > 2 && first[0] == '0' && (first[1] == 'x' || first[1] == 'X')) {
        // strtod's hexadecimal form ("0x10"); "0x" alone is the number 0 followed by "x".
        const auto [ptr, ec] = std::from_chars(first + 2, last, value, std::chars_format::hex);
        stop = ec == std::errc() ? ptr : first + 1;
        if (ec != std::errc())
            value = 0;
    } else {
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec != std::errc())
            return false;
        stop = ptr;
    }
    *out = negative ? -value : value;
    *end = std::size_t(stop - text.data());
    return true;
}

// PostgreSQL's parse_bool: a unique prefix of true/false/yes/no, on/off (two letters at least),
// 1 or 0, any case.
std::optional<bool> parseBool(const QString& value)
{
    const QString v = value.toLower();
    if (v.isEmpty())
        return std::nullopt;
    auto prefixOf = [&v](const char* word, int minimum) {
        const QLatin1String w(word);
        return v.size() >= minimum && v.size() <= w.size() && w.startsWith(v);
    };
    if (prefixOf("true", 1) || prefixOf("yes", 1))
        return true;
    if (prefixOf("false", 1) || prefixOf("no", 1))
        return false;
    if (prefixOf("on", 2))
        return true;
    if (prefixOf("off", 2))
        return false;
    if (v == QLatin1String("1"))
        return true;
    if (v == QLatin1String("0"))
        return false;
    return std::nullopt;
}

// The number and the rest of the text (its unit), or nullopt when it does not start with a number.
struct Number
{
    double value = 0;
    QString rest;
};

std::optional<Number> parseNumber(const QString& value, bool integer)
{
    const std::string text = value.toStdString();
    double result = 0;
    std::size_t end = 0;
    if (integer) {
        // strtol with base 0, as PostgreSQL: 0x hexadecimal, a leading 0 octal.
        errno = 0;
        char* stop = nullptr;
        const long long whole = std::strtoll(text.c_str(), &stop, 0);
        const bool range = errno == ERANGE;
        end = std::size_t(stop - text.c_str());
        result = double(whole);
        const char next = end < text.size() ? text[end] : '\0';
        if (next == '.' || next == 'e' || next == 'E' || range) {
            if (!parseDouble(text, 0, &result, &end))
                return std::nullopt;
        } else if (end == 0) {
            return std::nullopt;
        }
    } else if (!parseDouble(text, 0, &result, &end)) {
        return std::nullopt;
    }
    if (std::isnan(result))
        return std::nullopt;
    return Number {result, QString::fromStdString(text.substr(end))};
}

QString rangeText(const PgSetting& row)
{
    return tr("%1 to %2").arg(describeAmount(row.minVal, row.unit), describeAmount(row.maxVal, row.unit));
}

ParameterCheck fail(const QString& message)
{
    ParameterCheck c;
    c.error = message;
    return c;
}

ParameterCheck checkNumber(const PgSetting& row, const QString& value, bool integer)
{
    const BaseUnit base = baseUnit(row.unit);
    const QString shown = QStringLiteral("\"%1\"").arg(value);
    const QString unitHint = base.family == Family::None
        ? tr("without a unit")
        : tr("with a unit among %1 (its own is %2)").arg(validUnits(base.family), row.unit);
    const auto number = parseNumber(value, integer);
    if (!number)
        return fail(integer ? tr("%1 takes a whole number %2; %3 is not one.").arg(row.name, unitHint, shown)
                            : tr("%1 takes a number %2; %3 is not one.").arg(row.name, unitHint, shown));
    double amount = number->value;
    if (!number->rest.trimmed().isEmpty()) {
        if (base.family == Family::None)
            return fail(tr("%1 takes a number without a unit; %2 has one.").arg(row.name, shown));
        if (!toBaseUnit(amount, number->rest, base, &amount))
            return fail(tr("%1: %2 has a unit this parameter does not take: valid units are %3.")
                            .arg(row.name, shown, validUnits(base.family)));
    }
    if (integer) {
        amount = std::rint(amount);
        if (amount > double(std::numeric_limits<int>::max())
            || amount < double(std::numeric_limits<int>::min()))
            return fail(tr("%1: %2 is too large a number for this parameter (%3).")
                            .arg(row.name, shown, rangeText(row)));
    }
    bool minOk = false;
    bool maxOk = false;
    const double low = row.minVal.toDouble(&minOk);
    const double high = row.maxVal.toDouble(&maxOk);
    if ((minOk && amount < low) || (maxOk && amount > high))
        return fail(
            tr("%1: %2 is outside the range this server takes (%3).").arg(row.name, shown, rangeText(row)));
    ParameterCheck c;
    c.ok = true;
    c.normalized = integer ? QString::number(qint64(amount)) : QString::number(amount, 'g', 15);
    return c;
}

} // namespace

ApplyBy applyByContext(const QString& context)
{
    if (context == QLatin1String("internal"))
        return ApplyBy::Refused;
    if (context == QLatin1String("sighup") || context == QLatin1String("superuser")
        || context == QLatin1String("user") || context == QLatin1String("backend")
        || context == QLatin1String("superuser-backend"))
        return ApplyBy::Reload;
    return ApplyBy::Restart; // postmaster, and a context this version does not know: the safe side
}

QString toId(ApplyBy by)
{
    switch (by) {
    case ApplyBy::Reload:
        return QStringLiteral("reload");
    case ApplyBy::Restart:
        return QStringLiteral("restart");
    case ApplyBy::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

ParameterCheck checkParameter(const PgSetting& row, const QString& value)
{
    if (!row.known)
        return fail(
            tr("%1 is not a parameter of this server: a typo, or a module's parameter whose module is "
               "not loaded.")
                .arg(row.name));
    const ApplyBy by = applyByContext(row.context);
    if (by == ApplyBy::Refused)
        return fail(
            tr("%1 cannot be changed: it was fixed when PostgreSQL was built or the cluster was created.")
                .arg(row.name));
    ParameterCheck c;
    const QString shown = QStringLiteral("\"%1\"").arg(value);
    if (row.vartype == QLatin1String("bool")) {
        const auto b = parseBool(value);
        if (!b)
            return fail(
                tr("%1 takes on or off (true/false, yes/no, 1/0); %2 is none of them.").arg(row.name, shown));
        c.normalized = *b ? QStringLiteral("on") : QStringLiteral("off");
    } else if (row.vartype == QLatin1String("integer") || row.vartype == QLatin1String("real")) {
        c = checkNumber(row, value, row.vartype == QLatin1String("integer"));
        if (!c.ok)
            return c;
    } else if (row.vartype == QLatin1String("enum")) {
        for (const QString& option : row.enumVals) {
            if (option.compare(value, Qt::CaseInsensitive) == 0)
                c.normalized = option.toLower();
        }
        // An enum that offers on and off also takes the hidden spellings true, false, yes, no, 1
        // and 0 (whole words, not prefixes): synchronous_commit, huge_pages, wal_compression...
        static const QStringList onWords {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("1")};
        static const QStringList offWords {
            QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("0")};
        if (c.normalized.isEmpty() && row.enumVals.contains(QStringLiteral("on"))
            && row.enumVals.contains(QStringLiteral("off"))) {
            if (onWords.contains(value.toLower()))
                c.normalized = QStringLiteral("on");
            else if (offWords.contains(value.toLower()))
                c.normalized = QStringLiteral("off");
        }
        // wal_compression's on (and its spellings) is pglz, as pg_settings shows it.
        if (row.name == QLatin1String("wal_compression") && c.normalized == QLatin1String("on"))
            c.normalized = QStringLiteral("pglz");
        if (c.normalized.isEmpty())
            return fail(tr("%1 takes one of %2; %3 is none of them (this server offers no other).")
                            .arg(row.name, row.enumVals.join(QStringLiteral(", ")), shown));
    } else {
        // A string: the server's own checks (a time zone's name, a library's) run at the reload and
        // show in pg_file_settings' error column.
        c.normalized = value;
    }
    c.ok = true;
    c.applyBy = by;
    return c;
}

bool isInEffect(const PgSetting& row, const QString& normalized)
{
    if (!row.known || normalized.isEmpty())
        return false;
    if (row.vartype == QLatin1String("real")) {
        bool ok1 = false;
        bool ok2 = false;
        const double a = row.setting.toDouble(&ok1);
        const double b = normalized.toDouble(&ok2);
        // pg_settings prints reals with six significant digits.
        return ok1 && ok2 && std::abs(a - b) <= 1e-5 * std::max(std::abs(a), std::abs(b));
    }
    if (row.vartype == QLatin1String("enum"))
        return row.setting.compare(normalized, Qt::CaseInsensitive) == 0;
    return row.setting == normalized;
}

QString describeAmount(const QString& amount, const QString& unit)
{
    const BaseUnit base = baseUnit(unit);
    bool ok = false;
    const qint64 n = amount.toLongLong(&ok);
    if (ok && n <= 0) // 0, and -1 where it turns the feature off: as the server shows them
        return amount;
    if (!ok || base.family == Family::None)
        return unit.isEmpty() || amount.isEmpty() ? amount : amount + QLatin1Char(' ') + unit;
    const double total = double(n) * base.size;
    const Unit* table = base.family == Family::Memory ? kMemoryUnits : kTimeUnits;
    const int count
        = base.family == Family::Memory ? int(std::size(kMemoryUnits)) : int(std::size(kTimeUnits));
    for (int i = 0; i < count; ++i) {
        const double units = total / table[i].size;
        if (units >= 1 && units == std::floor(units) && units < 9.0e15)
            return QString::number(qint64(units)) + QLatin1String(table[i].name);
    }
    return amount + QLatin1Char(' ') + unit;
}

QString settingsQuerySql(const QStringList& names, const QString& settingsFile)
{
    QStringList quoted;
    for (const QString& name : names) {
        if (settingsrules::isParameterName(name)) // never anything a quote could end
            quoted << QStringLiteral("'%1'").arg(name);
    }
    quoted.removeDuplicates();
    QString file = settingsFile;
    file.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral(
        "WITH f AS (SELECT name, setting, error, applied, seqno FROM pg_file_settings WHERE sourcefile = "
        "'%2'), "
        "n AS (SELECT unnest(ARRAY[%1]::text[]) AS name UNION SELECT name FROM f "
        "UNION SELECT name FROM pg_settings WHERE pending_restart) "
        "SELECT coalesce(json_agg(json_build_object('name', n.name, 'known', s.name IS NOT NULL, "
        "'vartype', s.vartype, 'unit', s.unit, 'min_val', s.min_val, 'max_val', s.max_val, "
        "'enumvals', s.enumvals, 'context', s.context, 'setting', s.setting, "
        "'current', CASE WHEN s.name IS NOT NULL THEN current_setting(s.name) END, "
        "'pending_restart', s.pending_restart, 'sourcefile', s.sourcefile, "
        "'in_file', l.name IS NOT NULL, 'file_setting', l.setting, 'file_error', l.error, "
        "'file_applied', l.applied) "
        "ORDER BY n.name), '[]') "
        "FROM n LEFT JOIN pg_settings s ON s.name = n.name "
        "LEFT JOIN LATERAL (SELECT * FROM f WHERE f.name = n.name ORDER BY f.seqno DESC LIMIT 1) l ON true")
        .arg(quoted.join(QLatin1Char(',')), file);
}

std::optional<QList<PgSetting>> parseSettingsRows(const QByteArray& output, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(output.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        if (error)
            *error = tr("The node's answer is not the list of settings pgpilot asked for: %1")
                         .arg(QString::fromUtf8(output.trimmed().left(200)));
        return std::nullopt;
    }
    QList<PgSetting> rows;
    for (const QJsonValue v : doc.array()) {
        const QJsonObject o = v.toObject();
        PgSetting r;
        r.name = o.value(QStringLiteral("name")).toString();
        if (r.name.isEmpty())
            continue;
        r.known = o.value(QStringLiteral("known")).toBool();
        r.vartype = o.value(QStringLiteral("vartype")).toString();
        r.unit = o.value(QStringLiteral("unit")).toString();
        r.minVal = o.value(QStringLiteral("min_val")).toString();
        r.maxVal = o.value(QStringLiteral("max_val")).toString();
        for (const QJsonValue e : o.value(QStringLiteral("enumvals")).toArray())
            r.enumVals << e.toString();
        r.context = o.value(QStringLiteral("context")).toString();
        r.setting = o.value(QStringLiteral("setting")).toString();
        r.current = o.value(QStringLiteral("current")).toString();
        r.pendingRestart = o.value(QStringLiteral("pending_restart")).toBool();
        r.sourceFile = o.value(QStringLiteral("sourcefile")).toString();
        r.inSettingsFile = o.value(QStringLiteral("in_file")).toBool();
        r.fileValue = o.value(QStringLiteral("file_setting")).toString();
        r.fileError = o.value(QStringLiteral("file_error")).toString();
        r.fileApplied = o.value(QStringLiteral("file_applied")).toBool();
        rows << r;
    }
    return rows;
}

QString postgresSettingsFile(int pgVersion)
{
    return postgresConfigDir(pgVersion) + QStringLiteral("/conf.d/pgpilot-settings.conf");
}

QString configLine(const QString& name, const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("''"));
    return QStringLiteral("%1 = '%2'").arg(name, v);
}

} // namespace pgpilot
