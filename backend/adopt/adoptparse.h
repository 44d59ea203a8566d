// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgpilot {

// Readers for the files and command outputs of a cluster built by hand (pgpilot adopt and audit).
// Pure and tolerant: whatever a node holds is read as far as it makes sense, never trusted to be
// well formed, and every value keeps the line it came from for the audit's evidence.

// One line of a configuration file: its number (from 1) and its text, trimmed.
struct ConfigLine
{
    int number = 0;
    QString text;
};

// repmgr.conf: key = value lines ('#' comments, values optionally in single quotes).
struct RepmgrConf
{
    QString path;
    QHash<QString, QString> values;
    QHash<QString, int> lines; // key -> line number

    QString value(const QString& key) const { return values.value(key); }
};
RepmgrConf parseRepmgrConf(const QString& text, const QString& path = {});

// A libpq connection string in key=value form (values optionally single-quoted, \' and \\).
QHash<QString, QString> parseConninfo(const QString& conninfo);
// The password a .pgpass file gives role for any host, port and database ('*' matches; a backslash
// escapes ':' and itself). Empty when no line is for role.
QByteArray pgpassPassword(const QByteArray& pgpass, const QString& role);

// HAProxy's configuration, by section.
struct HaproxyServerLine
{
    int line = 0;
    QString name;
    QString address;
    int port = 0;
    bool check = false;
    int checkPort = 0; // "check port N"; 0: the server's port
    bool backup = false;
};
struct HaproxySection
{
    QString kind; // global, defaults, frontend, backend, listen
    QString name;
    int line = 0;
    QList<ConfigLine> directives;
    QList<int> bindPorts;
    QString defaultBackend;
    QList<HaproxyServerLine> servers;
    bool stats = false; // "stats enable" or "stats uri"

    // The first directive starting with words (e.g. "option tcp-check"), if any.
    std::optional<ConfigLine> find(const QString& words) const;
};
struct HaproxyConfig
{
    QList<HaproxySection> sections;

    const HaproxySection* section(const QString& kind, const QString& name) const;
    // The frontend bound to port, and the backend it sends to.
    const HaproxySection* frontendOn(int port) const;
    const HaproxySection* backendOf(const HaproxySection* frontend) const;
    // The frontend whose backend carries writes: named like primary/write/master, else the first.
    const HaproxySection* writeFrontend() const;
    const HaproxySection* readFrontend() const;
    const HaproxySection* statsListener() const; // a section that serves stats on a port
};
HaproxyConfig parseHaproxyConfig(const QString& text);

// Keepalived's VRRP instances and scripts.
struct VrrpInstance
{
    QString name;
    int line = 0;
    QString interface;
    int routerId = 0;
    int priority = 0;
    QString state;
    bool nopreempt = false;
    QStringList addresses; // virtual_ipaddress entries, e.g. 10.0.1.100/24
    QStringList trackScripts;
    bool authentication = false;
};
struct KeepalivedConfig
{
    QList<VrrpInstance> instances;
    QStringList scripts; // vrrp_script names
};
KeepalivedConfig parseKeepalivedConfig(const QString& text);

// /etc/os-release: ID and VERSION_ID.
QHash<QString, QString> parseOsRelease(const QString& text);

// `ip -o addr show`: one entry per address.
struct InterfaceAddress
{
    QString interface;
    QString cidr; // 10.0.1.11/24
};
QList<InterfaceAddress> parseIpAddr(const QString& text);

// The sections of the discovery script's output ("@@pgpilot-adopt:NAME@@" lines), by name.
QHash<QString, QString> splitSections(const QString& output);

} // namespace pgpilot
