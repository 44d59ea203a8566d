// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook.h"

namespace pgpilot {

bool Action::hasSecrets() const
{
    static const QByteArray marker("{{secret:");
    return stdinData.contains(marker) || content.contains(marker);
}

const Phase* Runbook::phase(int number) const
{
    for (const Phase& p : phases) {
        if (p.number == number)
            return &p;
    }
    return nullptr;
}

} // namespace pgpilot
