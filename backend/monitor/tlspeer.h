// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot.h"

struct pg_conn;

namespace pgpilot {

// What the server presented on an established libpq connection: whether TLS is in use, its
// protocol, and the certificate's common name and expiry (read from the handshake, so it is the
// certificate the node really serves, not the one pgpilot thinks it installed).
TlsPeer readTlsPeer(pg_conn* conn);

} // namespace pgpilot
