// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the health service's JSON body, and the texts shown for it.
#include "monitor/probeparse.h"
#include "monitor/snapshottext.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    NodeSnapshot node;
    node.health.polled = true;
    node.health.reachable = true;
    node.health.httpStatus = 200;
    if (!parseHealthBody(body, &node.health))
        return 0;
    node.state = NodeState::Standby;
    node.lagBytes = node.health.lagBytes;
    if (healthText(node).isEmpty() || lagText(node).isEmpty())
        std::abort();
    if (node.health.lagBytes)
        (void)formatBytes(*node.health.lagBytes);
    return 0;
}
