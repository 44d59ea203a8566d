// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the history's frame code (historyframe*.cpp) only: writing values the way a frame keeps
// them (defaults left out) and reading them back, every value checked.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <optional>

namespace pgpilot::frameio {

inline double roundedSeconds(double seconds)
{
    return std::round(seconds * 1000.0) / 1000.0; // milliseconds are plenty for a chart
}

// Insert only what is not the default: an idle cluster's frame stays small.
inline void put(QJsonObject& o, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

inline void put(QJsonObject& o, const QString& key, bool value)
{
    if (value)
        o.insert(key, true);
}

inline void put(QJsonObject& o, const QString& key, const QStringList& value)
{
    if (!value.isEmpty())
        o.insert(key, QJsonArray::fromStringList(value));
}

inline void put(QJsonObject& o, const QString& key, const std::optional<qint64>& value)
{
    if (value)
        o.insert(key, double(*value));
}

inline void put(QJsonObject& o, const QString& key, const std::optional<double>& value)
{
    if (value)
        o.insert(key, roundedSeconds(*value));
}

inline void put(QJsonObject& o, const QString& key, const std::optional<int>& value)
{
    if (value)
        o.insert(key, *value);
}

inline void put(QJsonObject& o, const QString& key, const QJsonObject& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

inline void put(QJsonObject& o, const QString& key, const QJsonArray& value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

// A time as the frame writes it (UTC, milliseconds); invalid: left out.
inline QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline void putTime(QJsonObject& o, const QString& key, const QDateTime& value)
{
    put(o, key, timeText(value));
}

// Two times the frame writes the same.
inline bool sameTime(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.toMSecsSinceEpoch() == b.toMSecsSinceEpoch());
}

// Reads a frame back, remembering the first thing that is wrong with it.
class FrameReader
{
public:
    QString error;

    bool fail(const QString& where, const QString& what)
    {
        if (error.isEmpty())
            error = QStringLiteral("%1: %2").arg(where, what);
        return false;
    }
    QString string(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a string"));
        return v.toString();
    }
    bool flag(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not true or false"));
        return v.toBool();
    }
    std::optional<double> number(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return std::nullopt;
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a number"));
            return std::nullopt;
        }
        return v.toDouble();
    }
    // Whole numbers within [min, max] (JSON numbers are doubles: 2^53 is exact).
    std::optional<qint64> integer(
        const QJsonObject& o, const char* key, const QString& where, double min = 0, double max = 9.0e15)
    {
        const std::optional<double> v = number(o, key, where);
        if (!v)
            return std::nullopt;
        if (*v != std::floor(*v) || *v < min || *v > max) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("out of range"));
            return std::nullopt;
        }
        return qint64(*v);
    }
    std::optional<double> seconds(const QJsonObject& o, const char* key, const QString& where)
    {
        const std::optional<double> v = number(o, key, where);
        if (v && (*v < 0 || *v > 1.0e9)) {
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("out of range"));
            return std::nullopt;
        }
        return v;
    }
    // An ISO 8601 time (UTC); invalid when the key is absent.
    QDateTime time(const QJsonObject& o, const char* key, const QString& where)
    {
        const QString text = string(o, key, where);
        if (text.isEmpty())
            return {};
        const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!t.isValid())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not an ISO 8601 time"));
        return t.toUTC();
    }
    QJsonObject object(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isObject())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not an object"));
        return v.toObject();
    }
    QJsonArray array(const QJsonObject& o, const char* key, const QString& where)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list"));
        return v.toArray();
    }
    QStringList strings(const QJsonObject& o, const char* key, const QString& where)
    {
        QStringList list;
        for (const QJsonValue& v : array(o, key, where)) {
            if (!v.isString())
                fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list of strings"));
            list << v.toString();
        }
        return list;
    }
    // The objects of a list, each checked to be one.
    QList<QJsonObject> objects(const QJsonObject& o, const char* key, const QString& where)
    {
        QList<QJsonObject> list;
        for (const QJsonValue& v : array(o, key, where)) {
            if (!v.isObject())
                fail(where + QLatin1Char('.') + QLatin1String(key), QStringLiteral("not a list of objects"));
            list << v.toObject();
        }
        return list;
    }
    template <typename T>
    T id(std::optional<T> (*parse)(const QString&), const QJsonObject& o, const char* key,
        const QString& where, T fallback)
    {
        const QString text = string(o, key, where);
        if (const std::optional<T> value = parse(text))
            return *value;
        fail(where + QLatin1Char('.') + QLatin1String(key),
            QStringLiteral("unknown value \"%1\"").arg(text.left(40)));
        return fallback;
    }
};

} // namespace pgpilot::frameio
