// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the checkpoint parsers of remote command output — `repmgr cluster show
// --csv`, `ip -o addr show`, `ss -Hltnp` and key=value lines. Besides the sanitizers, it checks
// what every parser promises whatever the bytes: at most one entry per input line, nothing at all
// from empty output, and a key=value result that is one trimmed line.
#include "runbook/criteria.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot::criteria;
    const QByteArray out = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype lines = out.count('\n') + 1;
    const QList<ClusterShowRow> rows = parseClusterShowCsv(out);
    const QList<AddrLine> addresses = parseIpAddr(out);
    const QList<Listener> listeners = parseSsListeners(out);
    if (rows.size() > lines || addresses.size() > lines || listeners.size() > lines)
        std::abort(); // more entries than lines
    if (size == 0 && !(rows.isEmpty() && addresses.isEmpty() && listeners.isEmpty()))
        std::abort(); // empty output parses to nothing
    const QString state = keyValue(out, QStringLiteral("state"));
    if (state.contains(QLatin1Char('\n')) || state != state.trimmed())
        std::abort();
    return 0;
}
