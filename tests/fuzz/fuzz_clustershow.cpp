// libFuzzer target: the checkpoint parsers of remote command output — `repmgr cluster show
// --csv`, `ip -o addr show`, `ss -Hltnp` and key=value lines.
#include "runbook/criteria.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot::criteria;
    const QByteArray out = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype seen = 0;
    for (const ClusterShowRow& row : parseClusterShowCsv(out))
        seen += row.nodeId != 0;
    for (const AddrLine& line : parseIpAddr(out))
        seen += line.prefix;
    for (const Listener& l : parseSsListeners(out))
        seen += l.process.size();
    if (seen < 0 && size == 0)
        std::abort(); // empty output parses to nothing
    (void)keyValue(out, QStringLiteral("state"));
    return 0;
}
