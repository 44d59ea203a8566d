// SPDX-License-Identifier: GPL-3.0-or-later
#include "runbook.h"

#include "configfiles.h"

namespace pgpilot {

bool Action::hasSecrets() const
{
    return hasSecretPlaceholder(stdinData) || hasSecretPlaceholder(content);
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
