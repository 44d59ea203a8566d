// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace pgpilot {

struct ClusterSpec;
class ClusterSession;

namespace cli {

class Invocation;

// What apply, check and the operations ask of a ClusterSession besides running it: the options
// they share (sessionOptions()) put into effect. --state-dir: progress and the audit log there;
// --accept-host-key: fingerprints confirmed for nodes not yet in known_hosts.
void configureSession(ClusterSession& session, const ClusterSpec& spec, const Invocation& args);

} // namespace cli
} // namespace pgpilot
