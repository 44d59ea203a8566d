// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: HAProxy's CSV statistics.
#include "monitor/probeparse.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot;
    const QByteArray csv = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<HaproxyBackend> backends;
    QString error;
    const bool ok = parseHaproxyCsv(csv, &backends, &error);
    if (!ok && (error.isEmpty() || !backends.isEmpty()))
        std::abort(); // a refusal says why and returns nothing
    HaproxyStatus status;
    status.backends = backends;
    if (const HaproxyBackend* w = status.writeBackend())
        (void)w->servers.size();
    if (const HaproxyBackend* r = status.readBackend())
        (void)r->servers.size();
    return 0;
}
