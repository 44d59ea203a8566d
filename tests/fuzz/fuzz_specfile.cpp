// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the cluster-file loader. Whatever the bytes, loading returns a spec or an
// error (never both, never neither), validation of a loaded spec terminates, and a loaded spec
// saved and loaded again is the same spec.
#include "cluster/specfile.h"
#include "cluster/specvalidator.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace pgpilot;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const SpecLoadResult loaded = specFromBytes(bytes);
    if (loaded.spec.has_value() == !loaded.error.isEmpty()) {
        std::fprintf(stderr, "specFromBytes returned %s\n",
            loaded.spec ? "a spec and an error" : "neither a spec nor an error");
        std::abort();
    }
    if (!loaded.spec)
        return 0;
    const ValidationIssues issues = validate(*loaded.spec);
    for (const auto& issue : issues) {
        if (issue.field.isEmpty() || issue.message.isEmpty())
            std::abort();
    }
    const SpecLoadResult again = specFromBytes(specToBytes(*loaded.spec));
    if (!again.spec || !(*again.spec == *loaded.spec)) {
        std::fprintf(stderr, "save and load changed the spec: %s\n", qPrintable(again.error));
        std::abort();
    }
    return 0;
}
