// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pgpilot {

class ClusterServices;

namespace cli {

class Invocation;

// What apply, check, exec, status and the operations ask of the ClusterServices they run on: the
// options they share (sessionOptions()) put into effect. --state-dir: progress and the audit log
// there (only for commands that take it); --accept-host-key: fingerprints confirmed for nodes not
// yet in known_hosts.
void configureServices(ClusterServices& services, const Invocation& args, bool takesStateDir = true);

} // namespace cli
} // namespace pgpilot
