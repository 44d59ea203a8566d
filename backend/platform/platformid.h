// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pgpilot {

// The node operating systems pgpilot has a profile for, and where PostgreSQL comes from. Their
// text forms (toId, platformFromString, ...) live with the worksheet in cluster/clusterspec.h.
enum class Platform
{
    Ubuntu2404Pgdg,
    Debian13,
    Debian12
};
enum class InstallSource
{
    Pgdg,
    Distro,
    Mirror
};

} // namespace pgpilot
